package org.southsouth.volunteer.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<Object[]>> figures = figures(filter, selection);
        Object[] hours = figures.get("hours").get(0);
        return new Figures(
                number(figures.get("registered").get(0)[2]),
                number(figures.get("engaged").get(0)[2]),
                number(figures.get("deployed").get(0)[2]),
                (BigDecimal) hours[4],
                (BigDecimal) hours[5],
                rows(figures, "country", r -> new ByCountry(r[1].toString(), number(r[2]), number(r[3]))),
                rows(
                        figures,
                        "region",
                        r -> new ByRegion(UndpRegion.valueOf(r[1].toString()), number(r[2]), number(r[3]))),
                rows(figures, "programme", r -> new ByProgramme(r[1].toString(), number(r[2]), number(r[3]))),
                rows(
                        figures,
                        "sdg",
                        r -> new BySdg(
                                Integer.parseInt(r[1].toString()),
                                number(r[2]),
                                number(r[3]),
                                (BigDecimal) r[4],
                                (BigDecimal) r[5])),
                rows(
                        figures,
                        "year",
                        r -> new ByYear(
                                Integer.parseInt(r[1].toString()),
                                number(r[2]),
                                number(r[3]),
                                (BigDecimal) r[4],
                                (BigDecimal) r[5])),
                rows(
                        figures,
                        "month",
                        r -> new ByMonth(
                                r[1].toString(), number(r[2]), number(r[3]), (BigDecimal) r[4], (BigDecimal) r[5])),
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
     * Every figure in one statement, as rows of figure, key, two counts and two sums of hours, each figure's rows in
     * its order: the selection's common table expressions (the served deployments above all) are worked out once for
     * all of them, where a statement per figure worked them out ten times (issue 18).
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<Object[]>> figures(StatisticsFilter filter, SqlStatisticsFilter selection) {
        ServedVolunteerFigures volunteers = ServedVolunteerFigures.of(filter, selection);
        String sql = "SELECT figure, key, n1, n2, h1, h2 FROM ("
                + " SELECT 'hours' AS figure, CAST(NULL AS text) AS key, 0 AS rank, 0 AS n1, 0 AS n2,"
                + " coalesce(sum(hours), 0) AS h1,"
                + " coalesce(sum(verified_hours) FILTER (WHERE verified_entries > 0), 0) AS h2 FROM hours_for_goal"
                + " UNION ALL SELECT 'registered', NULL, 0, coalesce(sum(volunteers), 0), 0, 0, 0 FROM registered"
                + " UNION ALL " + volunteers.engaged()
                + " UNION ALL " + volunteers.deployed()
                + " UNION ALL " + volunteers.byKey("country")
                + " UNION ALL " + volunteers.byKey("region")
                + " UNION ALL " + volunteers.byKey("programme")
                + " UNION ALL SELECT 'sdg', CAST(sdg AS text), sdg, sum(deployments), sum(volunteers), sum(hours),"
                + " sum(verified_hours) FROM ("
                + " SELECT sdg, deployments, volunteers, 0 AS hours, 0 AS verified_hours FROM (" + volunteers.bySdg()
                + ") v (sdg, deployments, volunteers)"
                + " UNION ALL SELECT sdg, 0, 0, sum(hours), coalesce(sum(verified_hours)"
                + " FILTER (WHERE verified_entries > 0), 0) FROM hour_facts WHERE sdg > 0"
                + " GROUP BY sdg) t" + (selection.has("sdg") ? " WHERE sdg = :sdg" : "")
                + " GROUP BY sdg"
                + " UNION ALL " + byPeriod("year", "YYYY", volunteers)
                + " UNION ALL " + byPeriod("month", "YYYY-MM", volunteers)
                + ") f ORDER BY figure, rank, key";
        Map<String, List<Object[]>> figures = new HashMap<>();
        for (Object[] row : (List<Object[]>) selection.query(entityManager, sql).getResultList()) {
            figures.computeIfAbsent(row[0].toString(), figure -> new ArrayList<>())
                    .add(row);
        }
        return figures;
    }

    /**
     * Registrations, volunteers deployed and hours per period: grouped by {@code date_trunc(unit)}, written with
     * {@code to_char(format)} once per group rather than once per row.
     */
    private static String byPeriod(String unit, String format, ServedVolunteerFigures volunteers) {
        return "SELECT '" + unit + "', to_char(period, '" + format
                + "'), 0, sum(registered), sum(deployed), sum(hours), sum(verified_hours) FROM ("
                + " SELECT date_trunc('" + unit
                + "', month::timestamp) AS period, sum(volunteers) AS registered, 0 AS deployed,"
                + " 0 AS hours, 0 AS verified_hours FROM registered GROUP BY 1"
                + " UNION ALL SELECT period, 0, deployed, 0, 0 FROM (" + volunteers.deployedBy(unit)
                + ") v (period, deployed)"
                + " UNION ALL SELECT date_trunc('" + unit
                + "', month::timestamp), 0, 0, sum(hours),"
                + " coalesce(sum(verified_hours) FILTER (WHERE verified_entries > 0), 0)"
                + " FROM hours_for_goal GROUP BY 1) t"
                + " GROUP BY period";
    }

    private static <T> List<T> rows(Map<String, List<Object[]>> figures, String figure, Function<Object[], T> mapper) {
        return figures.getOrDefault(figure, List.of()).stream().map(mapper).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
