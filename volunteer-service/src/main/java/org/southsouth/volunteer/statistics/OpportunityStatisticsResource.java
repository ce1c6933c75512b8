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
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.rest.Period;

@Path("/api/v1/opportunities/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityStatisticsResource {

    @Inject
    OpportunityFigures figures;

    @GET
    @Operation(
            operationId = "getOpportunityStatistics",
            summary = "Figures of published opportunities",
            description =
                    "Computed from the records in one query, for published opportunities (OPEN at some point, whatever "
                            + "their status now; drafts and drafts cancelled unpublished are left out): opportunities, open ones, positions "
                            + "(cancelled opportunities' included), positions filled, open positions (not filled, of OPEN opportunities), "
                            + "applications (any status), fill rate = positions filled / positions, and the median days from publishing "
                            + "(first OPEN step) to FILLED over the opportunities that became FILLED; overall and by country, UNDP region, "
                            + "SDG (an opportunity counts towards each of its SDGs) and programme. Filters combine with AND; from/to select "
                            + "the opportunities by the UTC day they were published. The same figures are in getVolunteerStatistics as "
                            + "`opportunities`. Every role, reporters included: no personal data.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = OpportunityFigures.Figures.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid; errors name it")
    public OpportunityFigures.Figures get(
            @QueryParam("hostOrganizationId") String hostOrganizationId,
            @Parameter(
                            description = "First day of the period, included (ISO date): published on or after it",
                            example = "2026-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last day of the period, included (ISO date): published on or before it",
                            example = "2026-12-31")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "ISO 3166-1 alpha-2 country of service", example = "NP") @QueryParam("country")
                    String country,
            @Parameter(schema = @Schema(implementation = UndpRegion.class)) @QueryParam("region") String region,
            @Parameter(description = "SDG goal number", example = "3") @QueryParam("sdg") String sdg,
            @Parameter(schema = @Schema(implementation = Programme.class)) @QueryParam("programme") String programme) {
        Period period = Period.of(from, to);
        return figures.of(new OpportunityFiguresFilter(
                QueryParameters.uuid("hostOrganizationId", hostOrganizationId),
                period.from(),
                period.to(),
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.oneOf("programme", programme, Programme.class)));
    }
}
