package org.southsouth.events.knowledge;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.events.journal.JournalAccess;
import org.southsouth.events.journal.JournalFamily;
import org.southsouth.events.journal.JournalParameters;
import org.southsouth.events.journal.RecordHistory;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.rest.Page;

/** A knowledge product's history, to whoever may read the product; states before publication to its leads and staff. */
@Path("/api/v1/knowledge-products/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge products")
public class KnowledgeProductHistoryResource {

    @Inject
    KnowledgeProductService products;

    @Inject
    RecordHistory history;

    @Inject
    JournalAccess access;

    @GET
    @Operation(
            operationId = "getKnowledgeProductHistory",
            summary = "Read a knowledge product's history",
            description = JournalParameters.HISTORY)
    @APIResponse(responseCode = "200", description = "One page of the history, newest change first")
    @APIResponse(responseCode = "400", description = "The paging is out of range")
    @APIResponse(responseCode = "404", description = "No knowledge product with this id, or another's unpublished one")
    public Page<HistoryEntry> history(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        products.get(id);
        JournalFamily family = JournalFamily.KNOWLEDGE_PRODUCT;
        return history.page(family, id, access.readable(family), page, size);
    }
}
