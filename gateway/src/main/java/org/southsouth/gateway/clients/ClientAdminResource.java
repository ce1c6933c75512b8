package org.southsouth.gateway.clients;

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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.Page;

/** Administration of API clients; the gateway lets only the admin role reach {@code /admin}. */
@Path("/admin/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "Registering, rotating and revoking API clients (admin role)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "oauth2", scopes = "admin")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The token lacks the admin role")
@APIResponse(responseCode = "503", description = "The gateway runs without its client database")
public class ClientAdminResource {

    private static final String PATH = "/admin/v1/clients/";

    @Inject
    ClientRegistry registry;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createClient",
            summary = "Register a client",
            description =
                    "Creates a client with a new secret. The secret is in this response only; the gateway keeps a PBKDF2 hash.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; `Location` names the client",
            content = @Content(schema = @Schema(implementation = IssuedSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "The client id is taken")
    public Response register(@Valid @NotNull NewClient request) {
        IssuedSecret issued = registry.register(request);
        return Response.created(URI.create(PATH + issued.client().clientId()))
                .entity(issued)
                .build();
    }

    @GET
    @Operation(
            operationId = "listClients",
            summary = "List clients",
            description = "In registration order (ties by id).")
    @APIResponse(
            responseCode = "200",
            description = "One page of clients",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<ClientView> list(
            @Parameter(description = "Only revoked (true) or only active (false) clients") @QueryParam("revoked")
                    Boolean revoked,
            @Parameter(description = "Only clients acting for this organization") @QueryParam("organizationId")
                    UUID organizationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return registry.list(revoked, organizationId, page, size);
    }

    @GET
    @Path("{clientId}")
    @Operation(
            operationId = "getClient",
            summary = "Get a client",
            description = "The client as registered, never its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    public ClientView get(@PathParam("clientId") String clientId) {
        return registry.find(clientId);
    }

    @POST
    @Path("{clientId}/secret")
    @Operation(
            operationId = "rotateClientSecret",
            summary = "Rotate a client's secret",
            description =
                    "Issues a new secret, shown once; the old secret stops working at once. Tokens already issued stay valid until they expire.")
    @APIResponse(
            responseCode = "200",
            description = "The new secret",
            content = @Content(schema = @Schema(implementation = IssuedSecret.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "The client is revoked")
    public IssuedSecret rotate(@PathParam("clientId") String clientId) {
        return registry.rotateSecret(clientId);
    }

    @POST
    @Path("{clientId}/revocation")
    @Operation(
            operationId = "revokeClient",
            summary = "Revoke a client",
            description =
                    "The client gets no more tokens and its unexpired tokens are refused (on every gateway instance within "
                            + "`gateway.auth.revocation-refresh`). Irreversible; revoking again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    public ClientView revoke(@PathParam("clientId") String clientId) {
        return registry.revoke(clientId);
    }
}
