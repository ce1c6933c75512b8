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

@Path("/api/v1/applications/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationChangesResource {

    @Inject
    ChangeFeeds feeds;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listApplicationChanges",
            summary = "Changes feed of applications",
            description = "Mirror applications with it: start without a cursor (every application the caller may"
                    + " read), then poll with the page's nextCursor. Items come in commit order, one per record, each"
                    + " as its single GET shows it (an erased volunteer's applications come again with the motivation"
                    + " erased); a tombstone (removed, reason) tells the mirror to drop a record: out-of-scope when the"
                    + " caller may no longer read it (the volunteer moved to another home organization, or the"
                    + " opportunity to another host). A caller sees what its single GETs show (network staff, the"
                    + " volunteer, its home organization, the partner that nominated it, the opportunity's host; not"
                    + " reporters). Applications are never deleted.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to go on with")
    @APIResponse(responseCode = "400", description = "cursor is not one this feed issued, or limit is not in 1..500")
    @APIResponse(responseCode = "403", description = "A reporter: no feed about people")
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
        return feeds.page(JournalFamily.APPLICATION, access.records(), cursor, limit);
    }
}
