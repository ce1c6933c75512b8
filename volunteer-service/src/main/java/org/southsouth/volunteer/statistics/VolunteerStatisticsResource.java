package org.southsouth.volunteer.statistics;

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
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.QueryParameters;
import org.southsouth.volunteer.rest.Period;

@Path("/api/v1/volunteers/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerStatisticsResource {

    @Inject
    VolunteerStatistics statistics;

    @GET
    @Operation(
            operationId = "getVolunteerStatistics",
            summary = "Volunteer figures for reporting",
            description =
                    "Computed from the records: registered; engaged (attended an event, served a deployment or has verified "
                            + "hours, each volunteer once); deployed (served at least one deployment: ACTIVE, EXTENDED, COMPLETED, ENDED_EARLY); "
                            + "hours; served deployments by country, UNDP region, programme and SDG; registrations, deployed volunteers and "
                            + "hours by year and by month (the monthly series for charts). Erased volunteers still count. Every role may read them. "
                            + "Filters combine with AND and narrow what is counted. from/to (both included, each optional): a registration "
                            + "falls in the period by its UTC registration date, a deployment when the days it was served (plannedStart to "
                            + "endedOn, else plannedEnd) overlap it, hours by the day served, an attendance by the UTC date it was recorded. "
                            + "sdg: deployments and hours tagged with it; attendances never (events carry no SDG). country and region (the "
                            + "deployment country, or its UNDP region): deployments there, hours logged on them, attendances at events there. "
                            + "sdg, country and region do not narrow registered (a registration has neither). opportunities: the figures "
                            + "of published opportunities as getOpportunityStatistics gives them (from/to by the UTC day an opportunity was "
                            + "published, sdg, country and region its own); null under homeOrganizationId, as an opportunity belongs to "
                            + "no home organization.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = VolunteerStatistics.Figures.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; errors name it")
    public VolunteerStatistics.Figures statistics(
            @Parameter(description = "Only the volunteers of this home organization") @QueryParam("homeOrganizationId")
                    String homeOrganizationId,
            @Parameter(description = "First day of the period, included (ISO date)", example = "2026-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period, included (ISO date)", example = "2026-12-31")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "SDG goal number, 1 to 17", example = "3") @QueryParam("sdg") String sdg,
            @Parameter(description = "ISO 3166-1 alpha-2 deployment country", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(
                            description = "UNDP region of the deployment country",
                            schema = @Schema(implementation = UndpRegion.class))
                    @QueryParam("region")
                    String region) {
        Period period = Period.of(from, to);
        return statistics.compute(new StatisticsFilter(
                QueryParameters.uuid("homeOrganizationId", homeOrganizationId),
                period.from(),
                period.to(),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class)));
    }
}
