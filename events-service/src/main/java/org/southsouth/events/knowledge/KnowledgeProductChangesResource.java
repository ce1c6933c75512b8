package org.southsouth.events.knowledge;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.events.journal.JournalAccess;
import org.southsouth.events.journal.JournalFamily;
import org.southsouth.events.journal.JournalParameters;
import org.southsouth.events.journal.RecordChangeFeed;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;

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
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        JournalFamily family = JournalFamily.KNOWLEDGE_PRODUCT;
        return feed.page(family, parameters, access.readable(family));
    }
}
