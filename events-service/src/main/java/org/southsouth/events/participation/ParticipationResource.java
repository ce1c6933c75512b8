package org.southsouth.events.participation;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.southsouth.rest.ETags;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path("/api/v1/events/{eventId}/participations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participations", description = "Registration with capacity and waitlist, cancellation, attendance")
public class ParticipationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    ParticipationService participations;

    @Inject
    IdempotentRequests idempotentRequests;

    @POST
    @Operation(
            operationId = "createParticipation",
            summary = "Register a participant",
            description =
                    "While the event is OPEN: REGISTERED if a seat is left, "
                            + "else WAITLISTED (promoted first come, first served when a seat frees). Publishes ParticipationRegistered.")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "201",
            description = "Registered or waitlisted; Location names the participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(
            responseCode = "403",
            description =
                    "Not staff, the host's partner, the partner of the participant's organization (or of the volunteer's home organization) nor the volunteer itself")
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    @APIResponse(responseCode = "409", description = "Event not OPEN, or the participant is already registered")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or erased volunteer, organization unknown or INACTIVE, or Idempotency-Key reused")
    public Response register(
            @PathParam("eventId") UUID eventId,
            @Valid @NotNull NewParticipation body,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(
                idempotencyKey, "POST /api/v1/events/" + eventId + "/participations", body, () -> {
                    Participation p = registrations.register(eventId, body.toParticipant());
                    return ETags.created(location(p), ParticipationView.of(p), p.version());
                });
    }

    @POST
    @Path("/groups")
    @Operation(
            operationId = "createGroupRegistration",
            summary = "Register a group (a delegation)",
            description =
                    "Registers the members of one organization "
                            + "together: all REGISTERED if the seats left suffice, else all WAITLISTED. Publishes ParticipationRegistered per member.")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "201",
            description = "The group's participations; Location lists them",
            content = @Content(schema = @Schema(implementation = GroupRegistrationView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(
            responseCode = "403",
            description = "Neither network staff, the host's partner nor the partner of the group's organization")
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    @APIResponse(
            responseCode = "409",
            description = "Event not OPEN, or a member is already registered (nobody is registered then)")
    @APIResponse(
            responseCode = "422",
            description = "Organization unknown or INACTIVE, or Idempotency-Key reused for another request")
    public Response registerGroup(
            @PathParam("eventId") UUID eventId,
            @Valid @NotNull NewGroupRegistration body,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(
                idempotencyKey, "POST /api/v1/events/" + eventId + "/participations/groups", body, () -> {
                    List<Participation> members = registrations.registerGroup(eventId, body.toParticipants());
                    UUID groupId = members.get(0).groupId();
                    return Response.created(
                                    URI.create("/api/v1/events/" + eventId + "/participations?groupId=" + groupId))
                            .entity(new GroupRegistrationView(
                                    groupId,
                                    members.stream().map(ParticipationView::of).toList()))
                            .build();
                });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getParticipation",
            summary = "Read a participation",
            description = "The ETag header carries the version to send back in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "403", description = "A reporter: participants are not figures")
    @APIResponse(responseCode = "404", description = "No such participation in this event, or not one the caller sees")
    public Response get(@PathParam("eventId") UUID eventId, @PathParam("id") UUID id) {
        Participation p = participations.get(eventId, id);
        return ETags.ok(ParticipationView.of(p), p.version());
    }

    @POST
    @Path("/{id}/status")
    @Operation(
            operationId = "changeParticipationStatus",
            summary = "Cancel, or record attendance",
            description =
                    "REGISTERED or WAITLISTED → CANCELLED (a freed seat "
                            + "goes to the first waitlisted); REGISTERED → ATTENDED | NO_SHOW once the event has started, and corrections "
                            + "between ATTENDED and NO_SHOW. The step is dated at (now when absent, never in the future) and shown as statusChangedAt. A move to "
                            + "the status the participation has, with no other date, changes nothing and answers 200. "
                            + "Publishes ParticipationStatusChanged. Retries with the same Idempotency-Key return the first response.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the participation changed since")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "200",
            description = "The participation in its new status",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(
            responseCode = "403",
            description =
                    "Cancelling: not staff, the host's partner, nor whoever may register the participant; attendance: neither staff nor the host's partner; or a reporter")
    @APIResponse(responseCode = "404", description = "No such participation in this event, or not one the caller sees")
    @APIResponse(
            responseCode = "409",
            description =
                    "Transition not allowed now (status, or event not started), or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeStatus(
            @PathParam("eventId") UUID eventId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ParticipationStatusChange body) {
        return idempotentRequests.run(
                idempotencyKey, "POST /api/v1/events/" + eventId + "/participations/" + id + "/status", body, () -> {
                    Participation p = participations.changeStatus(eventId, id, ifMatch, body.status(), body.stepTime());
                    return ETags.ok(ParticipationView.of(p), p.version());
                });
    }

    @PUT
    @Path("/{id}/status")
    @Operation(
            operationId = "changeParticipationStatusByPut",
            deprecated = true,
            summary = "Cancel, or record attendance (deprecated)",
            description =
                    "The earlier form of changeParticipationStatus, kept working with the same body and answers: use POST, like "
                            + "every status move of the network.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the participation changed since")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "200",
            description = "The participation in its new status",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(
            responseCode = "403",
            description =
                    "Cancelling: not staff, the host's partner, nor whoever may register the participant; attendance: neither staff nor the host's partner; or a reporter")
    @APIResponse(responseCode = "404", description = "No such participation in this event, or not one the caller sees")
    @APIResponse(
            responseCode = "409",
            description =
                    "Transition not allowed now (status, or event not started), or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeStatusByPut(
            @PathParam("eventId") UUID eventId,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ParticipationStatusChange body) {
        return changeStatus(eventId, id, ifMatch, idempotencyKey, body);
    }

    @GET
    @Operation(
            operationId = "listParticipations",
            summary = "List an event's participations",
            description = "Network staff and the host's partner see "
                    + "everyone; another partner its own organization's participants and nominee volunteers; a volunteer itself. sort: registeredAt (default, the waitlist order), "
                    + "updatedAt, name, status, role; prefix '-' for descending; ties by id.")
    @APIResponse(responseCode = "200", description = "One page of participations")
    @APIResponse(responseCode = "400", description = "A filter, the sort or the paging is out of range")
    @APIResponse(responseCode = "403", description = "A reporter: participants are not figures")
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    public Page<ParticipationView> list(
            @PathParam("eventId") UUID eventId,
            @QueryParam("status") @Schema(implementation = ParticipationStatus.class) String status,
            @QueryParam("role") @Schema(implementation = ParticipantRole.class) String role,
            @QueryParam("organizationId") @Schema(format = "uuid") String organizationId,
            @QueryParam("volunteerId") @Schema(format = "uuid") String volunteerId,
            @QueryParam("groupId") @Schema(format = "uuid") String groupId,
            @QueryParam("updatedSince") @Parameter(description = "Changed at or after (ISO-8601)") String updatedSince,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ParticipationFilter filter = new ParticipationFilter(
                eventId,
                QueryParameters.oneOf("status", status, ParticipationStatus.class),
                QueryParameters.oneOf("role", role, ParticipantRole.class),
                QueryParameters.uuid("organizationId", organizationId),
                QueryParameters.uuid("volunteerId", volunteerId),
                QueryParameters.uuid("groupId", groupId),
                QueryParameters.instant("updatedSince", updatedSince));
        return new Page<>(
                participations.page(filter, sort, page, size).stream()
                        .map(ParticipationView::of)
                        .toList(),
                page,
                size,
                participations.count(filter));
    }

    private static URI location(Participation p) {
        return URI.create("/api/v1/events/" + p.eventId() + "/participations/" + p.id());
    }
}
