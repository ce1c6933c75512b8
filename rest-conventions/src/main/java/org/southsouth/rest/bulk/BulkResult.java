package org.southsouth.rest.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a batch: one result per item in request order (a bad item never fails the others), and the counts
 * per outcome.
 */
@Schema(name = "BulkResult", description = "One result per item of the batch, in request order, and counts per outcome")
public record BulkResult(
        @Schema(required = true) List<BulkItemResult> items,
        @Schema(example = "480") long created,
        @Schema(example = "15") long updated,
        @Schema(example = "3") long unchanged,
        @Schema(example = "2") long failed) {

    /** The most items one batch may hold. */
    public static final int MAX_ITEMS = 500;

    public static BulkResult of(List<BulkItemResult> items) {
        return new BulkResult(
                items,
                count(items, BulkOutcome.CREATED),
                count(items, BulkOutcome.UPDATED),
                count(items, BulkOutcome.UNCHANGED),
                count(items, BulkOutcome.FAILED));
    }

    private static long count(List<BulkItemResult> items, BulkOutcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
