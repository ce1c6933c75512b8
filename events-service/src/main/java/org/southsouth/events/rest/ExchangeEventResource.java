package org.southsouth.events.rest;

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
import org.southsouth.events.domain.ExchangeEvent;
import org.southsouth.events.service.ExchangeEventService;
import org.southsouth.rest.Page;
import org.southsouth.rest.Problem;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Forums, exchange camps, capacity building, delegation visits, expert missions, webinars")
public class ExchangeEventResource {

    @Inject
    ExchangeEventService events;

    @POST
    @Operation(summary = "Draft an event", description = "Creates the event in DRAFT and publishes EventDrafted.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the new event",
            content = @Content(schema = @Schema(implementation = ExchangeEventView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@Valid @NotNull NewExchangeEvent body) {
        ExchangeEvent created = events.draft(body.kind(), body.title(), body.hostOrganizationId(), body.country(),
                body.startsAt(), body.endsAt(), body.capacity(), body.sdgs());
        return Response.created(URI.create("/api/v1/events/" + created.id())).entity(ExchangeEventView.of(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = ExchangeEventView.class)))
    @APIResponse(responseCode = "404", description = "No event with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExchangeEventView get(@PathParam("id") UUID id) {
        return ExchangeEventView.of(events.get(id));
    }

    @GET
    @Operation(summary = "List events", description = "Oldest change first, then by id: a stable order for paging.")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ExchangeEventView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return new Page<>(events.page(page, size).stream().map(ExchangeEventView::of).toList(), page, size, events.count());
    }
}
