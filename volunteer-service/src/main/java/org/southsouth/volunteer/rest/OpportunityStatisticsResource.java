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
import org.southsouth.volunteer.domain.Programme;
import org.southsouth.volunteer.domain.UndpRegion;
import org.southsouth.volunteer.service.OpportunityFigures;

@Path("/api/v1/opportunities/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityStatisticsResource {

    @Inject
    OpportunityFigures figures;

    @GET
    @Operation(operationId = "getOpportunityStatistics", summary = "Figures of published opportunities",
            description = "Computed from the records, for published opportunities (every status but DRAFT): opportunities, open ones, "
                    + "positions (of those not cancelled), positions filled, open positions, applications, fill rate (filled / positions) "
                    + "and the median days from publishing to FILLED; overall and by country, UNDP region, SDG (an opportunity counts "
                    + "towards each of its SDGs) and programme. Filters combine with AND. Every role, reporters included: no personal data.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = OpportunityFigures.Figures.class)))
    @APIResponse(responseCode = "400", description = "A filter is not valid")
    public OpportunityFigures.Figures get(@QueryParam("hostOrganizationId") String hostOrganizationId,
                                          @Parameter(description = "ISO 3166-1 alpha-2 country of service", example = "NP")
                                          @QueryParam("country") String country,
                                          @Parameter(schema = @Schema(implementation = UndpRegion.class)) @QueryParam("region") String region,
                                          @Parameter(description = "SDG goal number", example = "3") @QueryParam("sdg") String sdg,
                                          @Parameter(schema = @Schema(implementation = Programme.class)) @QueryParam("programme") String programme) {
        return figures.of(new OpportunityFigures.Filter(QueryParameters.uuid("hostOrganizationId", hostOrganizationId),
                CodeParameters.country("country", country), QueryParameters.oneOf("region", region, UndpRegion.class),
                QueryParameters.integer("sdg", sdg, 1, 17), QueryParameters.oneOf("programme", programme, Programme.class)));
    }
}
