package org.southsouth.volunteer.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.UndpRegion;

/**
 * Reporting figures computed from the records, never typed in. "Deployed" counts deployments that started
 * (ACTIVE, EXTENDED, COMPLETED, ENDED_EARLY); "engaged" counts each volunteer once who attended an event, served
 * a deployment or has verified hours. Erased volunteers still count: erasure removes the person, not the fact.
 * Filters narrow what is counted as {@link SqlStatisticsFilter} defines.
 */
@ApplicationScoped
public class VolunteerStatistics {

    @Schema(name = "VolunteerStatistics")
    public record Figures(
            @Schema(description = "Volunteers registered", example = "3000")
            long registered,

            @Schema(
                    description = "Volunteers who attended an event, served a deployment or have verified hours",
                    example = "1200")
            long engaged,

            @Schema(description = "Volunteers who served at least one deployment", example = "16")
            long deployed,

            @Schema(description = "All logged hours", example = "5120.5")
            BigDecimal hours,

            @Schema(description = "Verified hours", example = "4800")
            BigDecimal verifiedHours,

            List<ByCountry> byCountry,
            List<ByRegion> byRegion,
            List<ByProgramme> byProgramme,
            List<BySdg> bySdg,
            List<ByYear> byYear,
            List<ByMonth> byMonth,

            @Schema(nullable = true, description = "Figures of published opportunities; null under homeOrganizationId")
            OpportunityFigures.Figures opportunities) {}

    @Schema(name = "DeploymentsByCountry")
    public record ByCountry(@Schema(example = "NP") String country, long deployments, long volunteers) {}

    @Schema(
            name = "DeploymentsByRegion",
            description = "Served deployments by the UNDP region of their country; countries UNDP does "
                    + "not group are in no region")
    public record ByRegion(
            @Schema(example = "ASIA_AND_THE_PACIFIC") UndpRegion region, long deployments, long volunteers) {}

    @Schema(name = "DeploymentsByProgramme")
    public record ByProgramme(
            @Schema(example = "UN_VOLUNTEERS") String programme, long deployments, long volunteers) {}

    @Schema(
            name = "FiguresBySdg",
            description =
                    "Served deployments and hours by SDG; hours logged for several goals count fully " + "under each")
    public record BySdg(
            @Schema(example = "3") int sdg,
            long deployments,
            long volunteers,
            @Schema(description = "All logged hours") BigDecimal hours,
            @Schema(description = "Verified hours") BigDecimal verifiedHours) {}

    @Schema(
            name = "FiguresByYear",
            description = "Registrations by registration year, deployments by start year, hours by day served")
    public record ByYear(
            @Schema(example = "2026") int year,
            long registered,
            long deployed,
            @Schema(description = "All logged hours") BigDecimal hours,
            @Schema(description = "Verified hours") BigDecimal verifiedHours) {}

    @Schema(
            name = "FiguresByMonth",
            description = "The monthly series for charts: registrations by registration month (UTC), "
                    + "volunteers deployed by the month their deployment started, hours by the month served")
    public record ByMonth(
            @Schema(example = "2026-03") String month,
            long registered,
            long deployed,
            @Schema(description = "All logged hours") BigDecimal hours,
            @Schema(description = "Verified hours") BigDecimal verifiedHours) {}

    @Inject
    EntityManager entityManager;

    @Inject
    OpportunityFigures opportunityFigures;

    /** The figures, the hours and engagement of whole months read from the rollups the writes keep. */
    public Figures compute(StatisticsFilter filter) {
        return compute(filter, new SqlStatisticsFilter(filter, true));
    }

    /** The same figures recounted from the records alone: what the rollups must always equal. */
    public Figures recount(StatisticsFilter filter) {
        return compute(filter, new SqlStatisticsFilter(filter, false));
    }

    private Figures compute(StatisticsFilter filter, SqlStatisticsFilter selection) {
        BigDecimal[] hours = Arrays.stream((Object[]) selection
                        .query(
                                entityManager,
                                "SELECT coalesce(sum(hours), 0), coalesce(sum(verified_hours)"
                                        + " FILTER (WHERE verified_entries > 0), 0) FROM hours_for_goal")
                        .getSingleResult())
                .toArray(BigDecimal[]::new);
        return new Figures(
                count(selection, "SELECT coalesce(sum(volunteers), 0) FROM registered"),
                count(
                        selection,
                        "SELECT count(*) FROM (SELECT volunteer_id FROM engaged_facts UNION SELECT volunteer_id"
                                + " FROM served) engaged"),
                count(selection, "SELECT count(DISTINCT volunteer_id) FROM served"),
                hours[0],
                hours[1],
                rows(
                        selection,
                        "SELECT country, count(*), count(DISTINCT volunteer_id) FROM served GROUP BY country ORDER BY country",
                        r -> new ByCountry(r[0].toString(), number(r[1]), number(r[2]))),
                rows(
                        selection,
                        "SELECT r.region, count(*), count(DISTINCT s.volunteer_id) FROM served s"
                                + " JOIN undp_region_country r ON r.country = s.country GROUP BY r.region ORDER BY r.region",
                        r -> new ByRegion(UndpRegion.valueOf(r[0].toString()), number(r[1]), number(r[2]))),
                rows(
                        selection,
                        "SELECT programme, count(*), count(DISTINCT volunteer_id) FROM served GROUP BY programme ORDER BY programme",
                        r -> new ByProgramme(r[0].toString(), number(r[1]), number(r[2]))),
                rows(
                        selection,
                        "SELECT sdg, sum(deployments), sum(volunteers), sum(hours), sum(verified_hours) FROM ("
                                + " SELECT s.sdg, count(*) AS deployments, count(DISTINCT d.volunteer_id) AS volunteers, 0 AS hours,"
                                + " 0 AS verified_hours"
                                + " FROM served d JOIN deployment_sdg s ON s.deployment_id = d.id GROUP BY s.sdg"
                                + " UNION ALL SELECT sdg, 0, 0, sum(hours), coalesce(sum(verified_hours)"
                                + " FILTER (WHERE verified_entries > 0), 0) FROM hour_facts WHERE sdg > 0"
                                + " GROUP BY sdg) t" + (selection.has("sdg") ? " WHERE sdg = :sdg" : "")
                                + " GROUP BY sdg ORDER BY sdg",
                        r -> new BySdg(
                                ((Number) r[0]).intValue(), number(r[1]), number(r[2]), (BigDecimal) r[3], (BigDecimal)
                                        r[4])),
                rows(
                        selection,
                        byPeriod("year", "YYYY"),
                        r -> new ByYear(
                                Integer.parseInt(r[0].toString()),
                                number(r[1]),
                                number(r[2]),
                                (BigDecimal) r[3],
                                (BigDecimal) r[4])),
                rows(
                        selection,
                        byPeriod("month", "YYYY-MM"),
                        r -> new ByMonth(
                                r[0].toString(), number(r[1]), number(r[2]), (BigDecimal) r[3], (BigDecimal) r[4])),
                filter.homeOrganizationId() == null
                        ? opportunityFigures.of(new OpportunityFiguresFilter(
                                null,
                                filter.from(),
                                filter.to(),
                                filter.country(),
                                filter.region(),
                                filter.sdg(),
                                null))
                        : null);
    }

    /**
     * Registrations, volunteers deployed and hours per period: grouped by {@code date_trunc(unit)}, written with
     * {@code to_char(format)} once per group rather than once per row.
     */
    private static String byPeriod(String unit, String format) {
        return "SELECT to_char(period, '" + format
                + "'), sum(registered), sum(deployed), sum(hours), sum(verified_hours) FROM ("
                + " SELECT date_trunc('" + unit
                + "', month::timestamp) AS period, sum(volunteers) AS registered, 0 AS deployed,"
                + " 0 AS hours, 0 AS verified_hours FROM registered GROUP BY 1"
                + " UNION ALL SELECT date_trunc('" + unit
                + "', planned_start::timestamp), 0, count(DISTINCT volunteer_id), 0, 0 FROM served GROUP BY 1"
                + " UNION ALL SELECT date_trunc('" + unit
                + "', month::timestamp), 0, 0, sum(hours),"
                + " coalesce(sum(verified_hours) FILTER (WHERE verified_entries > 0), 0)"
                + " FROM hours_for_goal GROUP BY 1) t"
                + " GROUP BY period ORDER BY period";
    }

    private long count(SqlStatisticsFilter selection, String sql) {
        return number(selection.query(entityManager, sql).getSingleResult());
    }

    private <T> List<T> rows(SqlStatisticsFilter selection, String sql, Function<Object[], T> mapper) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = selection.query(entityManager, sql).getResultList();
        return rows.stream().map(mapper).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
