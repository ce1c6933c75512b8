package org.southsouth.gateway.impact;

import java.util.EnumSet;
import java.util.Set;

/**
 * A statistics endpoint of a service the impact figures are read from, and the filters it applies itself. Paged
 * sources (the service-hours totals) are read to the last page and answer as one array of items.
 */
enum Source {
    ORGANIZATIONS("/api/v1/organizations/statistics", null, EnumSet.allOf(FilterKind.class)),
    PARTNERSHIPS("/api/v1/partnerships/statistics", null, EnumSet.allOf(FilterKind.class)),
    EVENTS("/api/v1/events/statistics", null, EnumSet.allOf(FilterKind.class)),
    VOLUNTEERS("/api/v1/volunteers/statistics", null, EnumSet.allOf(FilterKind.class)),
    HOURS_BY_YEAR("/api/v1/service-hours/totals", "YEAR", EnumSet.allOf(FilterKind.class)),
    HOURS_BY_SDG("/api/v1/service-hours/totals", "SDG", EnumSet.allOf(FilterKind.class)),
    HOURS_BY_MONTH("/api/v1/service-hours/totals", "MONTH", EnumSet.allOf(FilterKind.class));

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
            parameter(query, "from", filters.from());
            parameter(query, "to", filters.to());
        }
        if (applies.contains(FilterKind.SDG)) {
            parameter(query, "sdg", filters.sdg());
        }
        if (applies.contains(FilterKind.COUNTRY)) {
            parameter(query, "country", filters.country());
        }
        if (applies.contains(FilterKind.REGION)) {
            parameter(query, "region", filters.region());
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    /** Values are dates, numbers, ISO codes and enum names: nothing to escape. */
    private static void parameter(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(value);
        }
    }
}
