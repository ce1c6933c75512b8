package org.southsouth.volunteer.messaging;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.Page;

@Path("/api/v1/host-organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Host organizations",
        description = "Organizations that can send or host volunteers, replicated from partner-service")
public class HostOrganizationResource {

    @Inject
    HostOrganizationReplica replica;

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getHostOrganization",
            summary = "Read a host organization as volunteer-service knows it",
            description =
                    "Replicated from partner-service's organization events, so it may lag behind the organization itself.")
    @APIResponse(
            responseCode = "200",
            description = "The replicated organization",
            content = @Content(schema = @Schema(implementation = HostOrganizationView.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) known to volunteer-service")
    public HostOrganizationView get(@PathParam("id") UUID id) {
        return HostOrganizationView.of(replica.get(id));
    }

    @GET
    @Operation(
            operationId = "listHostOrganizations",
            summary = "List host organizations",
            description = "Oldest change first, then by id.")
    @APIResponse(responseCode = "200", description = "One page of host organizations")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    public Page<HostOrganizationView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return new Page<>(
                replica.page(page, size).stream().map(HostOrganizationView::of).toList(), page, size, replica.count());
    }
}
