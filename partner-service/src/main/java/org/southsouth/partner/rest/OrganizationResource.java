package org.southsouth.partner.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.partner.domain.Organization;
import org.southsouth.partner.service.OrganizationService;
import org.southsouth.rest.Page;
import org.southsouth.rest.Problem;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Members and prospective members of the network")
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @POST
    @Operation(summary = "Register an organization", description = "Registers an organization as a PROSPECT of the network and publishes OrganizationRegistered.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new organization",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull NewOrganization body) {
        Organization created = organizations.register(body.name(), body.acronym(), body.type(), body.country());
        return Response.created(URI.create("/api/v1/organizations/" + created.id))
                .entity(OrganizationView.of(created))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an organization")
    @APIResponse(responseCode = "200", description = "The organization",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No organization with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganizationView get(@PathParam("id") UUID id) {
        return OrganizationView.of(organizations.get(id));
    }

    @GET
    @Operation(summary = "List organizations", description = "Oldest change first, then by id: a stable order for paging.")
    @APIResponse(responseCode = "200", description = "One page of organizations")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OrganizationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return new Page<>(organizations.page(page, size).stream().map(OrganizationView::of).toList(), page, size,
                organizations.count());
    }
}
