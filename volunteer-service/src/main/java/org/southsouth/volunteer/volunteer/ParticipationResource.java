package org.southsouth.volunteer.volunteer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.messaging.ParticipationHistory;

@Path("/api/v1/volunteers/{id}/participations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class ParticipationResource {

    @Inject
    ParticipationHistory history;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listVolunteerParticipations",
            summary = "Events a volunteer took part in",
            description =
                    "From events-service's participation events (eventually consistent): registrations, waitlist places, "
                            + "attendance. Oldest change first. Network staff, the volunteer's home organization (partner) and the volunteer itself.")
    @APIResponse(responseCode = "200", description = "The volunteer's participations (a volunteer has few; not paged)")
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    public List<ParticipationView> list(@PathParam("id") UUID id) {
        return history.of(access.records(), id).stream()
                .map(ParticipationView::of)
                .toList();
    }
}
