package org.southsouth.volunteer.volunteer;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.ETags;
import org.southsouth.volunteer.access.CallerAccess;

@Path("/api/v1/volunteers/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class ErasureResource {

    @Inject
    ErasureService erasure;

    @Inject
    CallerAccess access;

    @POST
    @Operation(
            operationId = "eraseVolunteer",
            summary = "Erase a volunteer's personal data",
            description =
                    "Anonymizes the volunteer in place, not just hides it: name, email, phone, residence, bio, languages, skills, "
                            + "availability and the free text of their service hours are overwritten, also in outbox events still kept. "
                            + "The record, nationality, home organization, deployments, hours, participations and consent history stay, "
                            + "so figures do not change. Publishes VolunteerErased so other services drop their copies. "
                            + "Safe to repeat: erasing again returns the erased record and publishes nothing. "
                            + "Network staff, or the volunteer itself; not its home organization.")
    @APIResponse(
            responseCode = "200",
            description = "The erased volunteer",
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "403", description = "A partner (even the home organization) or a reporter")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    public Response erase(@PathParam("id") UUID id) {
        Volunteer erased = erasure.erase(access.records(), id);
        return ETags.ok(VolunteerView.of(erased), erased.version);
    }
}
