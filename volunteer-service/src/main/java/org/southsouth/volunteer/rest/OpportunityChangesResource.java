package org.southsouth.volunteer.rest;

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
import org.southsouth.journal.ChangeFeedPage;
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
    @APIResponse(responseCode = "400", description = "cursor is not one this feed issued, or limit is not in 1..500")
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the journal's retention: read the"
                    + " feed again without a cursor and replace the mirror with what it returns")
    public ChangeFeedPage changes(
            @Parameter(description = "nextCursor of the last page read; none to start over") @QueryParam("cursor")
                    String cursor,
            @Parameter(description = "At most this many changes (1 to 500)")
                    @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(ChangeFeeds.MAX_LIMIT)
                    int limit) {
        return feeds.page(JournalFamily.OPPORTUNITY, access.reporting(), cursor, limit);
    }
}
