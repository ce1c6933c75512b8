package org.southsouth.volunteer.deployment;

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

@Path("/api/v1/deployments/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deployments")
public class DeploymentHistoryResource {

    @Inject
    DeploymentService deployments;

    @Inject
    RecordHistories histories;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "getDeploymentHistory",
            summary = "A deployment's history",
            description = "Who changed the deployment, when, through which client and request, and each changed field"
                    + " before and after; newest first. "
                    + "Readable by whoever may read the deployment "
                    + "(network staff, the partners of the volunteer's home, sending and host organization, the"
                    + " volunteer itself; not reporters);"
                    + " no API changes it.")
    @APIResponse(responseCode = "200", description = "One page of changes, newest first, with the total")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    @APIResponse(responseCode = "403", description = "A reporter: no history about people")
    @APIResponse(responseCode = "404", description = "No deployment with this id that the caller may see")
    public Page<HistoryEntry> history(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        deployments.get(access.records(), id);
        return histories.page(JournalFamily.DEPLOYMENT, id, page, size);
    }
}
