package org.southsouth.volunteer.volunteer;

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
import org.southsouth.journal.HistoryEntry;
import org.southsouth.rest.Page;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.journal.JournalFamily;
import org.southsouth.volunteer.journal.RecordHistories;

@Path("/api/v1/volunteers/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerHistoryResource {

    @Inject
    VolunteerService volunteers;

    @Inject
    RecordHistories histories;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "getVolunteerHistory",
            summary = "A volunteer's history",
            description = "Who changed the volunteer, when, through which client and request, and each changed field"
                    + " before and after; newest first. "
                    + "After an erasure every entry shows the erased values only, and an ERASED entry records"
                    + " the erasure. "
                    + "Readable by whoever may read the volunteer "
                    + "(network staff, its home organization, the volunteer itself);"
                    + " no API changes it.")
    @APIResponse(responseCode = "200", description = "One page of changes, newest first, with the total")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    @APIResponse(responseCode = "403", description = "A reporter: no history about people")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    public Page<HistoryEntry> history(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        volunteers.get(access.records(), id);
        return histories.page(JournalFamily.VOLUNTEER, id, page, size);
    }
}
