package org.southsouth.partner.statistics;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.southsouth.reference.Sdgs;
import org.southsouth.reference.UndpRegion;
import org.southsouth.rest.QueryParameters;

/** The impact filters both statistics resources take ({@code @BeanParam}), read into a filter (400 naming a bad one). */
public class StatisticsFilters {

    @QueryParam("from")
    @Parameter(description = "First day, inclusive", example = "2016-01-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day, inclusive", example = "2024-12-31")
    String to;

    @QueryParam("sdg")
    @Parameter(description = "SDG goal (1–17)", example = "4")
    String sdg;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "NP")
    String country;

    @QueryParam("region")
    @Parameter(description = "UNDP regional grouping", schema = @Schema(implementation = UndpRegion.class))
    String region;

    StatisticsFilter read() {
        return new StatisticsFilter(
                QueryParameters.date("from", from),
                QueryParameters.date("to", to),
                QueryParameters.integer("sdg", sdg, 1, Sdgs.GOALS),
                QueryParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class));
    }
}
