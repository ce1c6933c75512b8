package org.southsouth.events.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.reference.Sdgs;
import org.southsouth.rest.ETags;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.Page;
import org.southsouth.rest.QueryParameters;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.idempotency.IdempotentRequests;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Events",
        description = "Forums, exchange camps, capacity building, delegation visits, expert missions, webinars")
public class ExchangeEventResource {

    @Inject
    ExchangeEventService events;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ValidBodies bodies;

    @POST
    @Operation(
            operationId = "createEvent",
            summary = "Draft an event",
            description = "Creates the event in DRAFT and publishes EventDrafted. "
                    + "Retries with the same Idempotency-Key return the first response and create nothing.")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "201",
            description = "Drafted; Location names the new event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid")
    @APIResponse(responseCode = "403", description = "Neither network staff nor the partner of the host organization")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(
            responseCode = "422",
            description =
                    "An organization named is unknown to the network, the host is INACTIVE, or the Idempotency-Key was used for another request")
    public Response draft(
            @Valid @NotNull EventFields body, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.run(idempotencyKey, "POST /api/v1/events", body, () -> {
            ExchangeEvent created = events.draft(body.toDetails());
            return ETags.created(
                    URI.create("/api/v1/events/" + created.id()), EventView.of(created), created.version());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getEvent",
            summary = "Read an event",
            description = "The ETag header carries the version to send back in If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    public Response get(@PathParam("id") UUID id) {
        return tagged(events.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateEvent",
            summary = "Change an event",
            description =
                    "JSON Merge Patch (RFC 7396) of the event's fields (EventFields); "
                            + "null removes an optional field. Publishes EventUpdated. Seats already taken bound the capacity from below.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the event changed since")
    @APIResponse(
            responseCode = "200",
            description = "The changed event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "The patch or the patched event is not valid")
    @APIResponse(
            responseCode = "403",
            description =
                    "Neither network staff nor the host's partner; or a partner handing the event to another host")
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    @APIResponse(responseCode = "409", description = "Completed or cancelled, or capacity below the seats taken")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(
            responseCode = "422",
            description = "An organization named is unknown to the network, or the host is INACTIVE")
    public Response patch(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Schema(implementation = EventFields.class) JsonNode patch) {
        return tagged(events.update(
                id,
                ifMatch,
                current -> bodies.patched(EventFields.of(current), patch, EventFields.class)
                        .toDetails()));
    }

    @POST
    @Path("/{id}/status")
    @Operation(
            operationId = "changeEventStatus",
            summary = "Move an event through its lifecycle",
            description = "DRAFT → OPEN → CLOSED "
                    + "→ COMPLETED (only after the event ended); DRAFT, OPEN or CLOSED → CANCELLED. The step is dated at (now when absent, never in the "
                    + "future) and shown as statusChangedAt. A move to the status the event has, with no other date, changes nothing and "
                    + "answers 200. Publishes EventStatusChanged. Retries with the same Idempotency-Key return the "
                    + "first response.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the event changed since")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "200",
            description = "The event in its new status",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "403", description = "Neither network staff nor the host's partner")
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    @APIResponse(
            responseCode = "409",
            description =
                    "Transition not allowed from the current status, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeStatus(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull EventStatusChange body) {
        return idempotentRequests.run(
                idempotencyKey,
                "POST /api/v1/events/" + id + "/status",
                body,
                () -> tagged(events.changeStatus(id, ifMatch, body.status(), body.stepTime())));
    }

    @PUT
    @Path("/{id}/status")
    @Operation(
            operationId = "changeEventStatusByPut",
            deprecated = true,
            summary = "Move an event through its lifecycle (deprecated)",
            description =
                    "The earlier form of changeEventStatus, kept working with the same body and answers: use POST, like every "
                            + "status move of the network.")
    @Parameter(
            name = "If-Match",
            in = ParameterIn.HEADER,
            description = "The ETag read; 412 if the event changed since")
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = "Makes retries safe (24 h)")
    @APIResponse(
            responseCode = "200",
            description = "The event in its new status",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "403", description = "Neither network staff nor the host's partner")
    @APIResponse(responseCode = "404", description = "No event with this id, or a draft of another organization")
    @APIResponse(
            responseCode = "409",
            description =
                    "Transition not allowed from the current status, or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response changeStatusByPut(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull EventStatusChange body) {
        return changeStatus(id, ifMatch, idempotencyKey, body);
    }

    @GET
    @Operation(
            operationId = "listEvents",
            summary = "List events",
            description =
                    "Filters combine with AND; organizationId matches host or partner. "
                            + "Drafts are listed only to network staff and to the host organization's partner. "
                            + "sort: startsAt (default), endsAt, title, createdAt, updatedAt, country, year; prefix '-' for descending; ties by id.")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", description = "A filter, the sort or the paging is out of range")
    public Page<EventView> list(
            @QueryParam("kind") @Schema(implementation = EventKind.class) String kind,
            @QueryParam("status") @Schema(implementation = EventStatus.class) String status,
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
                    String country,
            @QueryParam("sdg") @Min(1) @Max(Sdgs.GOALS) Integer sdg,
            @QueryParam("hostOrganizationId") @Schema(format = "uuid") String hostOrganizationId,
            @QueryParam("organizationId") @Schema(format = "uuid") String organizationId,
            @QueryParam("online") @Schema(type = SchemaType.BOOLEAN) String online,
            @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code")
                    String language,
            @QueryParam("year") @Min(1950) @Max(2100) Integer year,
            @QueryParam("startsFrom") @Parameter(description = "Starts at or after (ISO-8601)") String startsFrom,
            @QueryParam("startsBefore") @Parameter(description = "Starts before (ISO-8601)") String startsBefore,
            @QueryParam("updatedSince") @Parameter(description = "Changed at or after (ISO-8601)") String updatedSince,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        EventFilter filter = new EventFilter(
                QueryParameters.oneOf("kind", kind, EventKind.class),
                QueryParameters.oneOf("status", status, EventStatus.class),
                QueryParameters.country("country", country),
                sdg,
                QueryParameters.uuid("hostOrganizationId", hostOrganizationId),
                QueryParameters.uuid("organizationId", organizationId),
                QueryParameters.bool("online", online),
                language,
                year,
                QueryParameters.instant("startsFrom", startsFrom),
                QueryParameters.instant("startsBefore", startsBefore),
                QueryParameters.instant("updatedSince", updatedSince));
        return new Page<>(
                events.page(filter, sort, page, size).stream()
                        .map(EventView::of)
                        .toList(),
                page,
                size,
                events.count(filter));
    }

    private static Response tagged(ExchangeEvent event) {
        return ETags.ok(EventView.of(event), event.version());
    }
}
