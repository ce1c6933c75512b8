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

/** The participations feed across events, under the participations rules of each event. */
@Path("/api/v1/participations/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participations")
public class ParticipationChangesResource {

    @Inject
    RecordChangeFeed feed;

    @Inject
    JournalAccess access;

    @GET
    @Operation(
            operationId = "listParticipationChanges",
            summary = "Read what changed in participations",
            description = JournalParameters.FEED + " Participations of every event the caller sees, within the"
                    + " participants it sees there. A participation outlives its volunteer's erasure: it comes again"
                    + " without the personal values (erased: true).")
    @APIResponse(responseCode = "200", description = "Changed participations, tombstones, the cursor to read on from")
    @APIResponse(responseCode = "400", description = JournalParameters.BAD_CURSOR)
    @APIResponse(responseCode = "403", description = "A reporter: participants are not figures")
    @APIResponse(responseCode = "410", description = JournalParameters.GONE)
    public ChangeFeedPage changes(
            @QueryParam("cursor") @Parameter(description = JournalParameters.CURSOR) String cursor,
            @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(RecordChangeFeed.MAX_LIMIT)
                    @Parameter(description = JournalParameters.LIMIT)
                    int limit) {
        access.requireSeesParticipants();
        return feed.page(JournalFamily.PARTICIPATION, cursor, limit, access.readable(JournalFamily.PARTICIPATION));
    }
}
