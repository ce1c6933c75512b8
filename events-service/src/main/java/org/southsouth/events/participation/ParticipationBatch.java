package org.southsouth.events.participation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.rest.bulk.BulkResult;

/** The schema of a participation batch; the body is read item by item (BulkItems), so that a bad item fails alone. */
@Schema(name = "ParticipationBatch", description = "1 to 500 participations, answered one by one in this order")
public record ParticipationBatch(
        @Schema(required = true, minItems = 1, maxItems = BulkResult.MAX_ITEMS)
        List<ParticipationBulkItem> items) {}
