package org.southsouth.volunteer.statistics;

/**
 * Distinct volunteers of the whole history read from {@code distinct_volunteer_counts}, which the writes keep
 * (migration {@code V13}): a row per figure, place, goal and key holding the deployments and the volunteers
 * counted there. {@code :place} and {@code :goal} are the selection's ({@link SqlStatisticsFilter}).
 */
record PrecountedVolunteers(StatisticsFilter filter) implements ServedVolunteerFigures {

    private static final String COUNTS = " FROM distinct_volunteer_counts c WHERE c.volunteers > 0";
    private static final String DEPLOYED = COUNTS + " AND c.figure = 'deployed' AND c.key = ''";

    @Override
    public String engaged() {
        return total("engaged");
    }

    @Override
    public String deployed() {
        return total("deployed");
    }

    @Override
    public String byKey(String figure) {
        return switch (figure) {
            case "country" ->
                "SELECT 'country', c.place, 0, c.deployments, c.volunteers, 0, 0" + DEPLOYED + " AND c.sdg = :goal AND "
                        + countries();
            case "region" ->
                "SELECT 'region', coalesce(r.region, c.place), 0, c.deployments, c.volunteers, 0, 0"
                        + " FROM distinct_volunteer_counts c LEFT JOIN undp_region_country r ON r.country = c.place"
                        + " WHERE c.volunteers > 0 AND c.figure = 'deployed' AND c.key = '' AND c.sdg = :goal AND "
                        + regions();
            default ->
                "SELECT '" + figure + "', c.key, 0, c.deployments, c.volunteers, 0, 0" + COUNTS + " AND c.figure = '"
                        + figure + "' AND c.place = :place AND c.sdg = :goal";
        };
    }

    @Override
    public String bySdg() {
        return "SELECT c.sdg, c.deployments, c.volunteers" + DEPLOYED + " AND c.place = :place AND c.sdg > 0";
    }

    @Override
    public String deployedBy(String unit) {
        String format = unit.equals("year") ? "YYYY" : "YYYY-MM";
        return "SELECT to_date(c.key, '" + format + "')::timestamp, c.volunteers" + COUNTS + " AND c.figure = '" + unit
                + "' AND c.place = :place AND c.sdg = :goal";
    }

    private static String total(String figure) {
        return "SELECT '" + figure + "', NULL, 0, coalesce(sum(c.volunteers), 0), 0, 0, 0" + COUNTS
                + " AND c.figure = '" + figure + "' AND c.key = '' AND c.place = :place AND c.sdg = :goal";
    }

    /**
     * The country places of the selection: the country asked, the region's countries, else every country (the places
     * of two letters: the others are regions, {@code '*'} and {@code ''}).
     */
    private String countries() {
        if (filter.country() != null) {
            return "c.place = :place";
        }
        if (filter.region() != null) {
            return "c.place IN (SELECT g.country FROM undp_region_country g WHERE g.region = :place)";
        }
        return "char_length(c.place) = 2";
    }

    /** The region places of the selection: the region asked, the asked country's region, else every region. */
    private String regions() {
        if (filter.country() != null) {
            return "c.place = :place AND r.region IS NOT NULL";
        }
        if (filter.region() != null) {
            return "c.place = :place";
        }
        return "c.place IN (SELECT g.region FROM undp_region_country g)";
    }
}
