package org.southsouth.volunteer.statistics;

/**
 * The figures of distinct volunteers in {@link VolunteerStatistics}' statement, as SQL over the selection's common
 * table expressions ({@link SqlStatisticsFilter}): counted per request from the served deployments and the engagement
 * ({@link CountedVolunteers}), or read precounted for the whole history ({@link PrecountedVolunteers}).
 */
sealed interface ServedVolunteerFigures permits CountedVolunteers, PrecountedVolunteers {

    static ServedVolunteerFigures of(StatisticsFilter filter, SqlStatisticsFilter selection) {
        return selection.precounted() ? new PrecountedVolunteers(filter) : new CountedVolunteers();
    }

    /** One row: {@code 'engaged'}, null, 0 and the volunteers engaged. */
    String engaged();

    /** One row: {@code 'deployed'}, null, 0 and the volunteers who served. */
    String deployed();

    /**
     * Rows of figure, key, 0, deployments and volunteers for the figure {@code country}, {@code region} or
     * {@code programme}.
     */
    String byKey(String figure);

    /** Rows of goal, deployments and volunteers. */
    String bySdg();

    /** Rows of the period ({@code date_trunc(unit)} of the deployments' start) and the volunteers who served. */
    String deployedBy(String unit);
}
