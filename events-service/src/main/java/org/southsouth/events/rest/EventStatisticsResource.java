package org.southsouth.events.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.rest.QueryParameters;
import org.southsouth.events.domain.EventStatistics;
import org.southsouth.events.store.StatisticsStore;
import org.southsouth.rest.Problem;

@Path("/api/v1/events/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventStatisticsResource {

    @Inject
    StatisticsStore statistics;

    @GET
    @Operation(summary = "Impact figures of events and good practices", description = "Computed from the records at request "
            + "time. Events count when OPEN, CLOSED or COMPLETED (drafts and cancelled events nowhere); visits, missions and "
            + "people count once the event is COMPLETED and the person ATTENDED; good practices once published.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = EventStatistics.class)))
    @APIResponse(responseCode = "400", description = "organizationId is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventStatistics get(@QueryParam("organizationId") @Schema(format = "uuid")
                               @Parameter(description = "Only events this organization hosts and good practices it leads") String organizationId) {
        return statistics.compute(QueryParameters.uuid("organizationId", organizationId));
    }
}
