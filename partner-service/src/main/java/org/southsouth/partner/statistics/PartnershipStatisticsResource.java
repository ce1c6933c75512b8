package org.southsouth.partner.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partnerships/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Impact figures computed from the records, never typed in")
public class PartnershipStatisticsResource {

    @Inject
    StatisticsStore statistics;

    @GET
    @Operation(
            operationId = "getPartnershipStatistics",
            summary = "Partnership figures for a period",
            description = "Counts partnerships whose term overlaps "
                    + "the period (term as for organization statistics), by kind, current status, SDG goal and country. "
                    + "`sdg`, `country` and `region` narrow them to partnerships with a target of that goal, working in that "
                    + "country, in that UNDP region; their breakdowns still show all their goals and countries.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = PartnershipStatistics.class)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is malformed (named in the field errors), or `to` is before `from`")
    public PartnershipStatistics get(@BeanParam StatisticsFilters filters) {
        return statistics.partnerships(filters.read());
    }
}
