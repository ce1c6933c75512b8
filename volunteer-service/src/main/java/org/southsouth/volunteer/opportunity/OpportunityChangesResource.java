package org.southsouth.volunteer.opportunity;

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
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.journal.ChangeFeeds;
import org.southsouth.volunteer.journal.JournalFamily;

@Path("/api/v1/opportunities/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityChangesResource {

    @Inject
    ChangeFeeds feeds;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listOpportunityChanges",
            summary = "Changes feed of opportunities",
            description = "Mirror opportunities with it: start without a cursor (every opportunity the caller may"
                    + " read), then poll with the page's nextCursor. Items come in commit order, one per record, each"
                    + " as its single GET shows it; a tombstone (removed, reason) tells the mirror to drop a record:"
                    + " out-of-scope when the caller may no longer read it (a DRAFT given to another host). Every"
                    + " caller reads published opportunities; DRAFTs only staff, reporters and their host and sending"
                    + " organizations. Opportunities are never deleted. updatedSince on the list stays for"
                    + " compatibility but shows no removals.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to go on with")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        return feeds.page(JournalFamily.OPPORTUNITY, access.reporting(), parameters);
    }
}
