package org.southsouth.events.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of an events batch: EventFields (read as the single calls read them) and these. */
@Schema(
        name = "EventBulkItem",
        description = "An event to draft, or to update with the fields given (a JSON Merge "
                + "Patch of its EventFields), and the status to walk it to. Besides externalId, id, status and at, an item holds "
                + "EventFields' members: a new event needs what EventFields requires.",
        allOf = EventFields.class)
public record EventBulkItem(
        @Schema(
                description = "Your own id for the event, 1 to 200 characters: a batch sent again updates the event "
                        + "it drafted, and participation items may name it by eventExternalId. At most once per batch",
                example = "crm-event-2026-03")
        String externalId,

        @Schema(description = "The event to update, when the item has no externalId that names one")
        UUID id,

        @Schema(
                description = "The status to reach through the single moves, step by step (DRAFT → OPEN → CLOSED → "
                        + "COMPLETED, or CANCELLED); absent: a new event stays a DRAFT, an existing one where it is",
                example = "OPEN")
        EventStatus status,

        @Schema(
                description = "Only with status: when the steps the item walks happened, as the single move's at "
                        + "(kept to the millisecond; not in the future); now when absent. The status the event "
                        + "already has, given with the time it recorded, changes nothing",
                example = "2026-03-01T09:00:00Z")
        Instant at) {

    /** The body of an events batch. */
    @Schema(name = "EventBatch", description = "Up to 500 events")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<EventBulkItem> items) {}
}
