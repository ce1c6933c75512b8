package org.southsouth.webhook.subscription;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Narrows a subscription to events about some organizations or countries; an empty list narrows nothing. */
@Schema(
        name = "WebhookEventFilter",
        description = "Deliver only events about one of these organizations (as sender, "
                + "host, party, home organization...) and in one of these countries. An empty list filters nothing.")
public record EventFilter(
        @Schema(description = "Organizations the event must involve", required = true)
        List<UUID> organizationIds,

        @Schema(
                description = "ISO 3166-1 alpha-2 countries the record must be in",
                example = "[\"NP\", \"KE\"]",
                required = true)
        List<String> countries) {

    public static final EventFilter NONE = new EventFilter(List.of(), List.of());
}
