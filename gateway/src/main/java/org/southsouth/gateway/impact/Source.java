package org.southsouth.gateway.impact;

import java.util.EnumSet;
import java.util.Set;

/** A statistics endpoint of a service the impact figures are read from, and the filters it applies itself. */
enum Source {
    ORGANIZATIONS("/api/v1/organizations/statistics", EnumSet.allOf(FilterKind.class)),
    PARTNERSHIPS("/api/v1/partnerships/statistics", EnumSet.allOf(FilterKind.class)),
    EVENTS("/api/v1/events/statistics", EnumSet.allOf(FilterKind.class)),
    VOLUNTEERS("/api/v1/volunteers/statistics", EnumSet.allOf(FilterKind.class));

    final String path;
    final Set<FilterKind> applies;

    Source(String path, Set<FilterKind> applies) {
        this.path = path;
        this.applies = applies;
    }

    /** The query the service gets: only the filters it applies, under its own parameter names. */
    String query(ImpactFilters filters) {
        StringBuilder query = new StringBuilder();
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
