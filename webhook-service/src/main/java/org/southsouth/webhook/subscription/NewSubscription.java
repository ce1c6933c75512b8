package org.southsouth.webhook.subscription;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as a client creates it: its fields and, for staff, the organization it is for. */
@Schema(name = "NewWebhookSubscription")
public record NewSubscription(
        @Schema(
                description =
                        "Whose view of the network the subscription gets. A partner's own organization by default "
                                + "(and no other); staff may leave it out for a network-wide subscription that receives every event",
                nullable = true)
        UUID organizationId,

        @Schema(
                description = "Where deliveries are POSTed: https, resolving to public addresses only",
                required = true,
                example = "https://partner.example.org/webhooks/southsouth")
        String url,

        @Schema(
                description = EventTypeSelection.DESCRIPTION,
                required = true,
                example = "[\"org.southsouth.volunteer.DeploymentPlanned\", \"events.events.*\"]")
        List<String> eventTypes,

        @Schema(description = "Narrows the events delivered; absent filters nothing")
        EventFilter filter,

        @Schema(description = "What the subscription is for", nullable = true, maxLength = 500)
        String description,

        @Schema(description = "Deliver events; default true", example = "true")
        Boolean enabled) {

    public SubscriptionFields fields() {
        return new SubscriptionFields(url, eventTypes, filter, description, enabled == null ? Boolean.TRUE : enabled);
    }
}
