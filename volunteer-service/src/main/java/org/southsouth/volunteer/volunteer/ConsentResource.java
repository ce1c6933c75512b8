package org.southsouth.volunteer.volunteer;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.idempotency.IdempotentRequests;
import org.southsouth.volunteer.access.CallerAccess;

@Path("/api/v1/volunteers/{volunteerId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Consents",
        description = "What each volunteer consented to, when, under which policy version; history is kept")
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listConsents",
            summary = "A volunteer's consent history",
            description = "Every consent ever given, oldest first. Network staff, "
                    + "the volunteer's home organization (partner) and the volunteer itself.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    public List<ConsentView> history(@PathParam("volunteerId") UUID volunteerId) {
        return consents.history(access.records(), volunteerId).stream()
                .map(ConsentView::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createConsent",
            summary = "Record a consent",
            description =
                    "Closes the open consent for the same purpose, if any (a newer policy "
                            + "version supersedes it). Network staff, the volunteer's home organization (partner) and the volunteer itself.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No volunteer with this id that the caller may see")
    @APIResponse(responseCode = "409", description = "The volunteer was erased")
    public Response give(
            @PathParam("volunteerId") UUID volunteerId,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Makes retries safe")
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Valid @NotNull NewConsent body) {
        return idempotentRequests.run(
                idempotencyKey, "POST /api/v1/volunteers/" + volunteerId + "/consents", body, () -> {
                    ConsentRecord consent =
                            consents.give(access.records(), volunteerId, body.purpose(), body.policyVersion());
                    return Response.created(URI.create("/api/v1/volunteers/" + volunteerId + "/consents#" + consent.id))
                            .entity(ConsentView.of(consent))
                            .build();
                });
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @Operation(
            operationId = "withdrawConsent",
            summary = "Withdraw a consent",
            description = "Closes the consent now; it stays in the history.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "403", description = "A reporter (figures only)")
    @APIResponse(responseCode = "404", description = "No such volunteer that the caller may see, or no such consent")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public ConsentView withdraw(@PathParam("volunteerId") UUID volunteerId, @PathParam("consentId") UUID consentId) {
        return ConsentView.of(consents.withdraw(access.records(), volunteerId, consentId));
    }
}
