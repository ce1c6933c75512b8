package org.southsouth.partner.rest;

import org.southsouth.partner.domain.UndpRegion;
import org.southsouth.partner.service.StatisticsFilter;
import org.southsouth.rest.QueryParameters;

/** The impact filters both statistics resources take, read from their query parameters (400 naming a bad one). */
final class StatisticsFilters {

    private StatisticsFilters() {
    }

    static StatisticsFilter read(String from, String to, String sdg, String country, String region) {
        return new StatisticsFilter(QueryParameters.date("from", from), QueryParameters.date("to", to),
                QueryParameters.integer("sdg", sdg, 1, 17), CodeParameters.country("country", country),
                QueryParameters.oneOf("region", region, UndpRegion.class));
    }
}
