package org.southsouth.events.participation;

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

/** A participation's history, to whoever may read the participation. */
@Path("/api/v1/events/{eventId}/participations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participations")
public class ParticipationHistoryResource {

    @Inject
    ParticipationService participations;

    @Inject
    RecordHistory history;

    @Inject
    JournalAccess access;

    @GET
    @Operation(
            operationId = "getParticipationHistory",
            summary = "Read a participation's history",
            description = JournalParameters.HISTORY)
    @APIResponse(responseCode = "200", description = "One page of the history, newest change first")
    @APIResponse(responseCode = "400", description = "The paging is out of range")
    @APIResponse(responseCode = "403", description = "A reporter: participants are not figures")
    @APIResponse(responseCode = "404", description = "No such participation in this event, or not one the caller sees")
    public Page<HistoryEntry> history(
            @PathParam("eventId") UUID eventId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        participations.get(eventId, id);
        return history.page(JournalFamily.PARTICIPATION, id, access.readable(JournalFamily.PARTICIPATION), page, size);
    }
}
