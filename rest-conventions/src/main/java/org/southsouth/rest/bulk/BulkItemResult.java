package org.southsouth.rest.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.rest.Problem;

/** The answer to one item of a batch, at the item's position in the request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BulkItemResult", description = "What the batch did with one item, in the order of the request")
public record BulkItemResult(
        @Schema(description = "Zero-based position of the item in the request", example = "0")
        int index,

        @Schema(description = "The caller's own id for the record, when the item carried one", nullable = true)
        String externalId,

        @Schema(required = true) BulkOutcome outcome,

        @Schema(description = "The record's id on the platform; absent when the item failed", nullable = true)
        UUID id,

        @Schema(description = "The HTTP status the same item would have had as a single request", example = "201")
        int status,

        @Schema(description = "Why the item failed, as the single request would have said it", nullable = true)
        Problem problem) {

    public static BulkItemResult failed(int index, String externalId, Problem problem) {
        return new BulkItemResult(index, externalId, BulkOutcome.FAILED, null, problem.status(), problem);
    }
}
