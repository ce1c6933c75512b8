package org.southsouth.volunteer.volunteer;

/**
 * The conditions behind each part of a score, written once so that ranking and explanation cannot disagree.
 * Parameters: {@code :from}, {@code :to}, {@code :country}.
 */
final class MatchConditions {

    /** On availability_window: one window covers the whole period. */
    static final String COVERS_PERIOD = "available_from <= :from AND available_to >= :to";
    /** On deployment: not cancelled and its days (both included) overlap the period. */
    static final String OVERLAPS_PERIOD =
            "status <> 'CANCELLED' AND planned_start <= :to AND coalesce(ended_on, planned_end) >= :from";
    /** The volunteers who served a deployment or attended an event in the country. */
    static final String EXPERIENCED = "SELECT volunteer_id FROM deployment WHERE country = :country"
            + " AND status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')"
            + " UNION SELECT volunteer_id FROM participation WHERE event_country = :country AND status = 'ATTENDED'";

    private MatchConditions() {}
}
