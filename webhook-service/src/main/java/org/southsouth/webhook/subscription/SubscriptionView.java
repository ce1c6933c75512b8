package org.southsouth.webhook.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscription", description = "Where and what the network pushes to a partner system")
public record SubscriptionView(
        @Schema(required = true) UUID id,

        @Schema(
                description = "Whose view of the network it gets; null for a network-wide (staff) subscription",
                nullable = true,
                required = true)
        UUID organizationId,

        @Schema(required = true, example = "https://partner.example.org/webhooks/southsouth")
        String url,

        @Schema(required = true, example = "[\"org.southsouth.volunteer.DeploymentPlanned\", \"events.events.*\"]")
        List<String> eventTypes,

        @Schema(required = true) EventFilter filter,
        @Schema(nullable = true, required = true) String description,
        @Schema(required = true) boolean enabled,

        @Schema(
                description = "Why the service disabled it (410 Gone, or every attempt of a delivery failed)",
                nullable = true,
                required = true)
        String disabledReason,

        @Schema(nullable = true, required = true) Instant disabledAt,

        @Schema(
                description = "Until when the secret replaced by the last rotation still signs deliveries",
                nullable = true,
                required = true)
        Instant previousSecretExpiresAt,

        @Schema(
                description = "The signing secret (whsec_…): only in the response that creates the subscription; "
                        + "keep it, it is not shown again",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String secret,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static SubscriptionView of(Subscription s) {
        return view(s, null);
    }

    public static SubscriptionView withSecret(Subscription s) {
        return view(s, s.secret);
    }

    private static SubscriptionView view(Subscription s, String secret) {
        return new SubscriptionView(
                s.id,
                s.organizationId,
                s.url,
                s.eventTypes,
                new EventFilter(s.filterOrganizationIds, s.filterCountries),
                s.description,
                s.enabled,
                s.disabledReason,
                s.disabledAt,
                s.previousSecretExpiresAt,
                secret,
                s.createdAt,
                s.updatedAt);
    }
}
