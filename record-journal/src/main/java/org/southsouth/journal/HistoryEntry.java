package org.southsouth.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a record, as its history shows it to a caller: only the fields that caller may read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HistoryEntry", description = "One change of a record: when, who, through which request, what changed")
public record HistoryEntry(
        @Schema(required = true, description = "When the change was committed")
        Instant at,

        @Schema(required = true) ChangeKind kind,
        @Schema(required = true) HistoryActor actor,

        @Schema(description = "X-Request-Id of the request that made the change", nullable = true)
        String requestId,

        @Schema(
                description = "Id of the event whose handling made the change, when a consumer made it",
                nullable = true)
        String causationId,

        @Schema(required = true, description = "The fields that changed, by name")
        List<FieldChange> changes) {}
