package org.southsouth.volunteer.rest;

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
import org.southsouth.rest.Problem;
import org.southsouth.volunteer.service.VolunteerStatistics;

@Path("/api/v1/volunteers/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerStatisticsResource {

    @Inject
    VolunteerStatistics statistics;

    @GET
    @Operation(summary = "Volunteer figures for reporting",
            description = "Computed from the records: registered; engaged (attended an event, served a deployment or has verified "
                    + "hours, each volunteer once); deployed (served at least one deployment: ACTIVE, EXTENDED, COMPLETED, ENDED_EARLY); "
                    + "hours; served deployments by country, programme and SDG; registrations, deployed volunteers and hours by year. "
                    + "Erased volunteers still count.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = VolunteerStatistics.Figures.class)))
    @APIResponse(responseCode = "400", description = "homeOrganizationId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolunteerStatistics.Figures statistics(
            @Parameter(description = "Only the volunteers of this home organization") @QueryParam("homeOrganizationId") String homeOrganizationId) {
        return statistics.compute(QueryParameters.uuid("homeOrganizationId", homeOrganizationId));
    }
}
