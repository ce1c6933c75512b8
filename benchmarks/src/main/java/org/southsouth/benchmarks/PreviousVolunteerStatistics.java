package org.southsouth.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The previous design's volunteer statistics, kept here as the baseline: the statements volunteer-service sent for an
 * unfiltered {@code GET /api/v1/volunteers/statistics} before its rollups (b07dce8), every hour entry and attendance
 * read again per request. Run straight over JDBC to the same database, so they time the stores alone (no HTTP, no
 * opportunity figures): a floor of what that design cost.
 */
final class PreviousVolunteerStatistics {

    private static final String SELECTION = "WITH scope AS (SELECT id, created_at FROM volunteer WHERE true),"
            + " registered AS (SELECT id, created_at FROM scope WHERE true),"
            + " served AS (SELECT d.id, d.volunteer_id, d.country, d.programme, d.planned_start FROM deployment d"
            + " WHERE d.status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')),"
            + " logged AS (SELECT h.id, h.volunteer_id, h.hours, h.verified, h.served_on FROM service_hours h"
            + " WHERE true),"
            + " attended AS (SELECT p.volunteer_id FROM participation p JOIN scope ON scope.id = p.volunteer_id"
            + " WHERE p.status = 'ATTENDED') ";

    private static final List<String> STATEMENTS = List.of(
            "SELECT coalesce(sum(hours), 0), coalesce(sum(hours) FILTER (WHERE verified), 0) FROM logged",
            "SELECT count(*) FROM registered",
            "SELECT count(*) FROM (SELECT volunteer_id FROM attended UNION SELECT volunteer_id FROM served"
                    + " UNION SELECT volunteer_id FROM logged WHERE verified) engaged",
            "SELECT count(DISTINCT volunteer_id) FROM served",
            "SELECT country, count(*), count(DISTINCT volunteer_id) FROM served GROUP BY country ORDER BY country",
            "SELECT r.region, count(*), count(DISTINCT s.volunteer_id) FROM served s"
                    + " JOIN undp_region_country r ON r.country = s.country GROUP BY r.region ORDER BY r.region",
            "SELECT programme, count(*), count(DISTINCT volunteer_id) FROM served GROUP BY programme"
                    + " ORDER BY programme",
            "SELECT sdg, sum(deployments), sum(volunteers), sum(hours), sum(verified_hours) FROM ("
                    + " SELECT s.sdg, count(*) AS deployments, count(DISTINCT d.volunteer_id) AS volunteers,"
                    + " 0 AS hours, 0 AS verified_hours"
                    + " FROM served d JOIN deployment_sdg s ON s.deployment_id = d.id GROUP BY s.sdg"
                    + " UNION ALL SELECT s.sdg, 0, 0, sum(h.hours), coalesce(sum(h.hours) FILTER (WHERE h.verified), 0)"
                    + " FROM logged h JOIN service_hours_sdg s ON s.service_hours_id = h.id"
                    + " GROUP BY s.sdg) t GROUP BY sdg ORDER BY sdg",
            byPeriod("year", "YYYY"),
            byPeriod("month", "YYYY-MM"));

    private PreviousVolunteerStatistics() {}

    static void run(Connection connection) throws SQLException {
        for (String statement : STATEMENTS) {
            new Sql(SELECTION + statement).rows(connection);
        }
    }

    private static String byPeriod(String unit, String format) {
        return "SELECT to_char(period, '" + format
                + "'), sum(registered), sum(deployed), sum(hours), sum(verified_hours) FROM ("
                + " SELECT date_trunc('" + unit
                + "', created_at AT TIME ZONE 'UTC') AS period, count(*) AS registered, 0 AS deployed,"
                + " 0 AS hours, 0 AS verified_hours FROM registered GROUP BY 1"
                + " UNION ALL SELECT date_trunc('" + unit
                + "', planned_start::timestamp), 0, count(DISTINCT volunteer_id), 0, 0 FROM served GROUP BY 1"
                + " UNION ALL SELECT date_trunc('" + unit
                + "', served_on::timestamp), 0, 0, sum(hours), coalesce(sum(hours) FILTER (WHERE verified), 0)"
                + " FROM logged GROUP BY 1) t"
                + " GROUP BY period ORDER BY period";
    }
}
