package org.southsouth.gateway.impact;

/** A statistics endpoint of a service the impact figures are read from; each applies every filter itself. */
enum Source {
    ORGANIZATIONS("/api/v1/organizations/statistics", OrganizationFigures.class),
    PARTNERSHIPS("/api/v1/partnerships/statistics", PartnershipFigures.class),
    EVENTS("/api/v1/events/statistics", EventFigures.class),
    VOLUNTEERS("/api/v1/volunteers/statistics", VolunteerFigures.class);

    final String path;

    /** The record its answer is read into. */
    final Class<?> figures;

    Source(String path, Class<?> figures) {
        this.path = path;
        this.figures = figures;
    }

    /** The query the service gets: every filter given, under the services' common parameter names. */
    String query(ImpactFilters filters) {
        StringBuilder query = new StringBuilder();
        parameter(query, "from", filters.from());
        parameter(query, "to", filters.to());
        parameter(query, "sdg", filters.sdg());
        parameter(query, "country", filters.country());
        parameter(query, "region", filters.region());
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    /** Values are dates, numbers, ISO codes and enum names: nothing to escape. */
    private static void parameter(StringBuilder query, String name, Object value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(value);
        }
    }
}
