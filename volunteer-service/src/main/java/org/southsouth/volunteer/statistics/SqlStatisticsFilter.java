package org.southsouth.volunteer.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the volunteer figures count, as common table expressions in front of each query: {@code scope} (the
 * volunteers, by home organization), {@code registered} (registrations in the period, per UTC month), {@code served}
 * (deployments that started, overlapping the period, in the country or region, for the SDG), {@code hour_facts}
 * (hours served in the period, on a deployment in the country or region, per month and goal: 0 for every entry, else
 * each goal it is for), {@code hours_for_goal} (those of the SDG asked, else of goal 0) and {@code engaged_facts} (a
 * row per attendance recorded in the period at events in the country or region, none when an SDG is asked as events
 * carry none, and per verified entry of {@code hours_for_goal}).
 *
 * <p>With {@code rollups}, the whole months of the period come from the rollups the migrations keep ({@code V9}:
 * {@code hours_by_month}, {@code engagement_by_month}, each also under country {@code '*'} for any country since
 * {@code V10} and under the country's UNDP region since {@code V13}; {@code V10}: {@code registrations_by_month}) and
 * only the days of partial months at its edges from the records; an unbounded period's distinct volunteers are
 * {@link #precounted()} ({@code V13}). Without, everything is recounted from the records. Both give the same figures.
 * The rollups know no home organization, so a selection by one always recounts.
 */
final class SqlStatisticsFilter {

    private static final String SERVED = "d.status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')";
    private static final String REGION_COUNTRIES =
            "(SELECT r.country FROM undp_region_country r WHERE r.region = :region)";
    private static final String ATTENDED_ON = "(p.updated_at AT TIME ZONE 'UTC')::date";
    private static final String REGISTERED_ON = "(created_at AT TIME ZONE 'UTC')::date";

    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final StatisticsFilter filter;
    private final PeriodMonths period;
    private final boolean rollups;
    private final String ctes;

    SqlStatisticsFilter(StatisticsFilter filter, boolean rollups) {
        this.filter = filter;
        this.period = PeriodMonths.of(filter.from(), filter.to());
        this.rollups = rollups && filter.homeOrganizationId() == null;
        String region = filter.region() == null ? null : filter.region().name();
        // Without an organization every volunteer is in scope, and deployments and hours reference a volunteer by
        // foreign key: joining them to all volunteers would only cost a hash join per query. Attendances come from
        // events-service without such a key, so they stay joined to the volunteers known here.
        boolean everyone = filter.homeOrganizationId() == null;
        parameters.put("goal", filter.sdg() == null ? 0 : filter.sdg());
        ctes = "WITH scope AS (SELECT id, created_at FROM volunteer WHERE true"
                + and("home_organization_id = :organization", "organization", filter.homeOrganizationId()) + "),"
                + " registered AS (" + registrationsFromRollups()
                + "SELECT date_trunc('month', " + REGISTERED_ON + ")::date AS month, count(*) AS volunteers FROM "
                + (everyone ? "volunteer" : "scope") + " WHERE " + fromRecords(REGISTERED_ON) + " GROUP BY 1),"
                + " served AS (SELECT d.id, d.volunteer_id, d.country, d.programme, d.planned_start FROM deployment d"
                + inScope(everyone, "d") + " WHERE " + SERVED
                + and("coalesce(d.ended_on, d.planned_end) >= :from", "from", filter.from())
                + and("d.planned_start <= :to", "to", filter.to())
                + and("d.country = :country", "country", filter.country())
                + and("d.country IN " + REGION_COUNTRIES, "region", region)
                + and(
                        "EXISTS (SELECT 1 FROM deployment_sdg s WHERE s.deployment_id = d.id AND s.sdg = :sdg)",
                        "sdg",
                        filter.sdg())
                + "),"
                + " logged AS (SELECT g.sdg, date_trunc('month', h.served_on)::date AS month,"
                + " coalesce(d.country::text, '') AS country, h.volunteer_id, h.hours, h.verified FROM service_hours h"
                + inScope(everyone, "h") + " LEFT JOIN deployment d ON d.id = h.deployment_id"
                + " CROSS JOIN LATERAL (SELECT 0::smallint UNION ALL SELECT s.sdg FROM service_hours_sdg s"
                + " WHERE s.service_hours_id = h.id) g (sdg)"
                + " WHERE " + fromRecords("h.served_on") + inPlace("coalesce(d.country::text, '')") + "),"
                + " hour_facts AS (" + hoursFromRollups()
                + "SELECT sdg, month, 1 AS entries, hours, CASE WHEN verified THEN 1 ELSE 0 END AS verified_entries,"
                + " CASE WHEN verified THEN hours ELSE 0 END AS verified_hours FROM logged),"
                + " hours_for_goal AS (SELECT * FROM hour_facts WHERE sdg = :goal),"
                + " engaged_facts AS (" + engagementFromRollups()
                + "SELECT volunteer_id FROM logged WHERE verified AND sdg = :goal"
                + " UNION ALL SELECT p.volunteer_id FROM participation p JOIN scope ON scope.id = p.volunteer_id"
                + " WHERE p.status = 'ATTENDED'" + (filter.sdg() == null ? "" : " AND false")
                + " AND " + fromRecords(ATTENDED_ON) + inPlace("p.event_country") + ") ";
    }

    Query query(EntityManager entityManager, String sql) {
        Query query = entityManager.createNativeQuery(ctes + sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    /**
     * Whether the distinct volunteers engaged and deployed are read precounted from {@code distinct_volunteer_counts}
     * for {@code :place} (the country, the region or {@code '*'}) and {@code :goal}: they are kept for the whole
     * history only, so a bounded period counts them from the served deployments and the monthly engagement.
     */
    boolean precounted() {
        return rollups && !period.bounded();
    }

    /** The whole months' registrations, when the rollups are read. */
    private String registrationsFromRollups() {
        if (!rollups || !period.wholeMonths()) {
            return "";
        }
        return "SELECT month, volunteers FROM registrations_by_month WHERE volunteers > 0" + inWholeMonths()
                + " UNION ALL ";
    }

    /** The whole months' hours, when the rollups are read. */
    private String hoursFromRollups() {
        if (!rollups || !period.wholeMonths()) {
            return "";
        }
        return "SELECT sdg, month, entries, hours, verified_entries, verified_hours FROM hours_by_month"
                + " WHERE entries > 0" + inRolledUpPlace() + inWholeMonths() + " UNION ALL ";
    }
    /** The whole months' engaged volunteers, when the rollups are read. */
    private String engagementFromRollups() {
        if (!rollups || !period.wholeMonths()) {
            return "";
        }
        return "SELECT volunteer_id FROM engagement_by_month WHERE true" + inRolledUpPlace() + " AND sdg = :goal"
                + inWholeMonths() + " UNION ALL ";
    }

    private String inWholeMonths() {
        return and("month >= :fullFrom", "fullFrom", period.fullFrom())
                + and("month < :fullUntil", "fullUntil", period.fullUntil());
    }

    /** The days read from the records: the whole period when recounting, else the edges the rollups leave. */
    private String fromRecords(String day) {
        String within =
                "true" + and(day + " >= :from", "from", filter.from()) + and(day + " <= :to", "to", filter.to());
        if (!rollups || !period.wholeMonths()) {
            return within;
        }
        if (!period.bounded()) {
            return "false";
        }
        String edges = "(false"
                + (period.lowerEdge() ? or(day + " < :fullFrom", "fullFrom", period.fullFrom()) : "")
                + (period.upperEdge() ? or(day + " >= :fullUntil", "fullUntil", period.fullUntil()) : "") + ")";
        return edges + " AND " + within;
    }

    /**
     * The rollups' rows of the place asked: the country, else the region (a place of its own since {@code V13}), else
     * any country ({@code '*'}).
     */
    private String inRolledUpPlace() {
        String region = filter.region() == null ? null : filter.region().name();
        return and(
                "country = :place",
                "place",
                filter.country() != null ? filter.country() : region != null ? region : "*");
    }

    private String inPlace(String country) {
        String region = filter.region() == null ? null : filter.region().name();
        return and(country + " = :country", "country", filter.country())
                + and(country + " IN " + REGION_COUNTRIES, "region", region);
    }

    private static String inScope(boolean everyone, String alias) {
        return everyone ? "" : " JOIN scope ON scope.id = " + alias + ".volunteer_id";
    }

    private String and(String condition, String name, Object value) {
        return value == null ? "" : " AND " + bind(condition, name, value);
    }

    private String or(String condition, String name, Object value) {
        return " OR " + bind(condition, name, value);
    }

    private String bind(String condition, String name, Object value) {
        parameters.put(name, value);
        return condition;
    }
}
