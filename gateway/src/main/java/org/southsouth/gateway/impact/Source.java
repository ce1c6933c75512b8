package org.southsouth.gateway.impact;

import java.util.EnumSet;
import java.util.Set;

/**
 * A statistics endpoint of a service the impact figures are read from, and the filters it applies itself. Paged
 * sources (the service-hours totals) are read to the last page and answer as one array of items.
 */
enum Source {
    ORGANIZATIONS("/api/v1/organizations/statistics", null, EnumSet.of(FilterKind.PERIOD)),
    PARTNERSHIPS("/api/v1/partnerships/statistics", null, EnumSet.of(FilterKind.PERIOD)),
    EVENTS("/api/v1/events/statistics", null, EnumSet.noneOf(FilterKind.class)),
    VOLUNTEERS("/api/v1/volunteers/statistics", null, EnumSet.noneOf(FilterKind.class)),
    HOURS_BY_YEAR("/api/v1/service-hours/totals", "YEAR", EnumSet.of(FilterKind.PERIOD)),
    HOURS_BY_SDG("/api/v1/service-hours/totals", "SDG", EnumSet.of(FilterKind.PERIOD)),
    HOURS_BY_MONTH("/api/v1/service-hours/totals", "MONTH", EnumSet.of(FilterKind.PERIOD));

    final String path;
    final String groupBy;
    final Set<FilterKind> applies;

    Source(String path, String groupBy, Set<FilterKind> applies) {
        this.path = path;
        this.groupBy = groupBy;
        this.applies = applies;
    }

    boolean paged() {
        return groupBy != null;
    }

    /** The query the service gets: only the filters it applies, under its own parameter names. */
    String query(ImpactFilters filters, int page) {
        StringBuilder query = new StringBuilder();
        if (groupBy != null) {
            query.append("&groupBy=").append(groupBy).append("&size=200&page=").append(page);
        }
        if (applies.contains(FilterKind.PERIOD)) {
            if (filters.from() != null) {
                query.append("&from=").append(filters.from());
            }
            if (filters.to() != null) {
                query.append("&to=").append(filters.to());
            }
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
