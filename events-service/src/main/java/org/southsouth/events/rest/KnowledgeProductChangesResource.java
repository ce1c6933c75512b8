package org.southsouth.events.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.events.journal.JournalAccess;
import org.southsouth.events.journal.JournalFamily;
import org.southsouth.events.journal.RecordChangeFeed;
import org.southsouth.journal.ChangeFeedPage;

/** The knowledge products feed: unpublished products only to their leads and staff. */
@Path("/api/v1/knowledge-products/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge products")
public class KnowledgeProductChangesResource {

    @Inject
    RecordChangeFeed feed;

    @Inject
    JournalAccess access;

    @GET
    @Operation(
            operationId = "listKnowledgeProductChanges",
            summary = "Read what changed in knowledge products",
            description = JournalParameters.FEED)
    @APIResponse(responseCode = "200", description = "Changed products, tombstones, the cursor to read on from")
    @APIResponse(responseCode = "400", description = JournalParameters.BAD_CURSOR)
    @APIResponse(responseCode = "410", description = JournalParameters.GONE)
    public ChangeFeedPage changes(
            @QueryParam("cursor") @Parameter(description = JournalParameters.CURSOR) String cursor,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(RecordChangeFeed.MAX_LIMIT)
                    @Parameter(description = JournalParameters.LIMIT)
                    int limit) {
        JournalFamily family = JournalFamily.KNOWLEDGE_PRODUCT;
        return feed.page(family, cursor, limit, access.readable(family));
    }
}
