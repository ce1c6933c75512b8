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

/** The events feed: drafts only to their host and staff. */
@Path("/api/v1/events/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventChangesResource {

    @Inject
    RecordChangeFeed feed;

    @Inject
    JournalAccess access;

    @GET
    @Operation(
            operationId = "listEventChanges",
            summary = "Read what changed in events",
            description = JournalParameters.FEED)
    @APIResponse(responseCode = "200", description = "Changed events and tombstones, and the cursor to read on from")
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
        return feed.page(JournalFamily.EVENT, cursor, limit, access.readable(JournalFamily.EVENT));
    }
}
