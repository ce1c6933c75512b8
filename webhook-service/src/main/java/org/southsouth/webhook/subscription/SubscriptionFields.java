package org.southsouth.webhook.subscription;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sets on a subscription: the document a merge patch applies to. */
@Schema(
        name = "WebhookSubscriptionFields",
        description =
                "In a PATCH (application/merge-patch+json) send only what " + "changes; null removes the description.")
public record SubscriptionFields(
        @Schema(
                description = "Where deliveries are POSTed: https, resolving to public addresses only",
                required = true,
                example = "https://partner.example.org/webhooks/southsouth")
        String url,

        @Schema(
                description = "CloudEvent types from the event catalog, or every type of a topic as <topic>.*",
                required = true,
                example = "[\"org.southsouth.volunteer.DeploymentPlanned\", \"events.events.*\"]")
        List<String> eventTypes,

        @Schema(description = "Narrows the events delivered; absent filters nothing")
        EventFilter filter,

        @Schema(
                description = "What the subscription is for",
                nullable = true,
                maxLength = 500,
                example = "Nominee deployments into our CRM")
        String description,

        @Schema(
                description = "Deliver events; false pauses. Set to true again after the service disabled it",
                example = "true")
        Boolean enabled) {}
