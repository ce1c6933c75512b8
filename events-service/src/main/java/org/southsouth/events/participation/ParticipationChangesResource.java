package org.southsouth.events.participation;

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
    @APIResponse(responseCode = "403", description = "A reporter: participants are not figures")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        access.requireSeesParticipants();
        return feed.page(JournalFamily.PARTICIPATION, parameters, access.readable(JournalFamily.PARTICIPATION));
    }
}
