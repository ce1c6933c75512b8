package org.southsouth.partner.organization;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations/{id}/network")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class NetworkResource {

    @Inject
    OrganizationService organizations;

    @Inject
    NetworkStore network;

    @GET
    @Operation(
            operationId = "getOrganizationNetwork",
            summary = "The network of an organization",
            description = "Every organization it shares a signed "
                    + "(non-DRAFT) partnership with, through which partnerships and in which roles, since when (earliest "
                    + "signing, else start), and whether a partnership is in force. Partners are ordered by name.")
    @APIResponse(
            responseCode = "200",
            description = "The network",
            content = @Content(schema = @Schema(implementation = OrganizationNetwork.class)))
    @APIResponse(responseCode = "404", description = "No organization with this id")
    public OrganizationNetwork get(@PathParam("id") UUID id) {
        organizations.get(id);
        return network.of(id);
    }
}
