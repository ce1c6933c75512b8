package org.southsouth.partner.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.southsouth.failure.InvalidInput;
import org.southsouth.partner.sql.SqlReader;

/**
 * Impact figures for a period, by SQL: read from what migration V6 keeps current at every commit (the links of
 * partnerships in force, the partnership terms' rollup), and recounted from the records alone ({@code recount*},
 * which the rollup must always equal: {@code StatisticsRollupsTest}).
 */
@ApplicationScoped
public class StatisticsStore {

    /** A partnership counts in a period when its term overlaps it (term start as in {@link ConnectedOrganizations}). */
    private static final String IN_PERIOD = "partnerships AS MATERIALIZED (SELECT p.kind, p.status, p.sdg_goals,"
            + " p.countries FROM partnership p, period"
            + " WHERE " + ConnectedOrganizations.TERM_STARTS_ON + " <= period.last_day"
            + " AND (p.ends_on IS NULL OR p.ends_on >= period.first_day) AND %s)";

    @Inject
    SqlReader sql;

    /** The figures of the connected organizations, rows of a union. */
    private static final String CONNECTED_FIGURES = " SELECT 'connected' AS figure, CAST(NULL AS text) AS key,"
            + " count(*) AS n FROM connected"
            + " UNION ALL SELECT 'connectedByType', type, count(*) FROM connected GROUP BY 2"
            + " UNION ALL SELECT 'countriesReached', CAST(country AS text), count(*) FROM connected GROUP BY 2"
            + " UNION ALL SELECT 'regionsReached', region, count(*) FROM connected WHERE region IS NOT NULL GROUP BY 2"
            + " UNION ALL SELECT 'subregionsReached', subregion, count(*) FROM connected"
            + " WHERE subregion IS NOT NULL GROUP BY 2";

    /**
     * Every organization figure in one statement, a row per figure and key in each figure's order: {@code connected}
     * and {@code members} are each worked out once for all of them (PostgreSQL computes a CTE read several times
     * once), where a statement per figure worked out who is connected eight times. The members' own figures are
     * tallied in one pass by type, hub and year joined.
     */
    private static final String ORGANIZATION_FIGURES = ", tally AS MATERIALIZED (SELECT o.type, o.hub,"
            + " CAST(date_part('year', o.joined_network_on) AS integer) AS year,"
            + " count(*) FILTER (WHERE o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day) AS active,"
            + " count(*) FILTER (WHERE o.joined_network_on BETWEEN period.first_day AND period.last_day) AS joined"
            + " FROM members o, period GROUP BY 1, 2, 3)"
            + " SELECT figure, key, n FROM (" + CONNECTED_FIGURES
            + " UNION ALL SELECT 'activeHubs', NULL, coalesce(sum(active), 0) FROM tally WHERE hub"
            + " UNION ALL SELECT 'activeByType', type, sum(active) FROM tally GROUP BY 2 HAVING sum(active) > 0"
            + " UNION ALL SELECT 'joinedByYear', CAST(year AS text), sum(joined) FROM tally GROUP BY 2"
            + " HAVING sum(joined) > 0"
            + ") f ORDER BY figure, key";

    /** The organization figures from the records alone, each member figure counted by its own definition. */
    private static final String ORGANIZATION_RECOUNT = " SELECT figure, key, n FROM (" + CONNECTED_FIGURES
            + " UNION ALL SELECT 'activeHubs', NULL, count(*) FROM members o, period"
            + " WHERE o.hub AND o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day"
            + " UNION ALL SELECT 'activeByType', o.type, count(*) FROM members o, period"
            + " WHERE o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day GROUP BY 2"
            + " UNION ALL SELECT 'joinedByYear', CAST(CAST(extract(year FROM o.joined_network_on) AS int) AS text),"
            + " count(*) FROM members o, period"
            + " WHERE o.joined_network_on BETWEEN period.first_day AND period.last_day GROUP BY 2"
            + ") f ORDER BY figure, key";

    /**
     * Every partnership figure from the records in one statement over the partnerships of the period read once, a
     * row per figure and key, goals in their numeric order: five statements read them five times. Goals and
     * countries are unnested once per distinct list, not once per partnership (the impact benchmark's 30k
     * partnerships hold 2.4k distinct goal lists and 20k country lists). What the rollup cannot answer (a country, or
     * two filters) is counted so; the rollup must always equal it.
     */
    private static final String PARTNERSHIP_RECOUNT = " SELECT figure, key, n FROM ("
            + " SELECT 'partnerships' AS figure, CAST(NULL AS text) AS key, CAST(NULL AS integer) AS goal,"
            + " count(*) AS n FROM partnerships"
            + " UNION ALL SELECT 'byKind', kind, NULL, count(*) FROM partnerships GROUP BY 2"
            + " UNION ALL SELECT 'byStatus', status, NULL, count(*) FROM partnerships GROUP BY 2"
            + " UNION ALL SELECT 'bySdg', CAST(goal AS text), goal, CAST(sum(n) AS bigint)"
            + " FROM (SELECT sdg_goals, count(*) AS n FROM partnerships GROUP BY 1) g, unnest(sdg_goals) AS goal"
            + " GROUP BY 3"
            + " UNION ALL SELECT 'byCountry', c, NULL, CAST(sum(n) AS bigint)"
            + " FROM (SELECT countries, count(*) AS n FROM partnerships GROUP BY 1) g, unnest(countries) AS c"
            + " GROUP BY 2"
            + ") f ORDER BY figure, goal, key";

    public OrganizationStatistics organizations(StatisticsFilter filter) {
        return organizations(filter, ConnectedOrganizations.connectedAmong("members") + ORGANIZATION_FIGURES);
    }

    /** {@link #organizations} counted from the partnerships, their parties and the organizations alone. */
    OrganizationStatistics recountOrganizations(StatisticsFilter filter) {
        return organizations(filter, ConnectedOrganizations.connectedAmongRecords("members") + ORGANIZATION_RECOUNT);
    }

    private OrganizationStatistics organizations(StatisticsFilter filter, String connectedAndFigures) {
        Scope scope = new Scope(filter, "o.sdgs @> ARRAY[CAST(? AS integer)]", "o.country = ?", "o.region = ?");
        String with = "WITH " + ConnectedOrganizations.PERIOD + ", members AS (SELECT o.id, o.type, o.country,"
                + " o.region, o.subregion, o.hub, o.status, o.joined_network_on FROM organization o WHERE "
                + scope.where() + "), " + connectedAndFigures;
        Map<String, List<Count>> figures = figures(with, scope.parameters());
        return new OrganizationStatistics(
                scope.first,
                scope.last,
                figures.get("connected").get(0).count(),
                figures.get("activeHubs").get(0).count(),
                figures.getOrDefault("connectedByType", List.of()),
                figures.getOrDefault("activeByType", List.of()),
                figures.getOrDefault("countriesReached", List.of()),
                figures.getOrDefault("regionsReached", List.of()),
                figures.getOrDefault("subregionsReached", List.of()),
                figures.getOrDefault("joinedByYear", List.of()));
    }

    /** From the partnership terms' rollup when it holds the filter's selection, else from the records. */
    public PartnershipStatistics partnerships(StatisticsFilter filter) {
        Scope scope = partnershipScope(filter);
        return PartnershipTerms.selection(filter)
                .map(selection -> partnerships(
                        scope,
                        PartnershipTerms.statement(scope.where()),
                        PartnershipTerms.parameters(scope.first, scope.last, selection, scope.values())))
                .orElseGet(() -> recountPartnerships(scope));
    }

    /** {@link #partnerships} counted from the partnerships alone. */
    PartnershipStatistics recountPartnerships(StatisticsFilter filter) {
        return recountPartnerships(partnershipScope(filter));
    }

    private PartnershipStatistics recountPartnerships(Scope scope) {
        return partnerships(
                scope,
                "WITH " + ConnectedOrganizations.PERIOD + ", " + IN_PERIOD.formatted(scope.where())
                        + PARTNERSHIP_RECOUNT,
                scope.parameters());
    }

    private static Scope partnershipScope(StatisticsFilter filter) {
        return new Scope(
                filter,
                "p.sdg_goals @> ARRAY[CAST(? AS integer)]",
                "p.countries @> ARRAY[CAST(? AS text)]",
                "p.regions @> ARRAY[CAST(? AS text)]");
    }

    private PartnershipStatistics partnerships(Scope scope, String query, Object[] parameters) {
        Map<String, List<Count>> figures = figures(query, parameters);
        return new PartnershipStatistics(
                scope.first,
                scope.last,
                figures.getOrDefault("partnerships", List.of(new Count(null, 0)))
                        .get(0)
                        .count(),
                figures.getOrDefault("byKind", List.of()),
                figures.getOrDefault("byStatus", List.of()),
                figures.getOrDefault("bySdg", List.of()),
                figures.getOrDefault("byCountry", List.of()));
    }

    /** A statement answering rows of figure, key and count, as figure → its counts in the statement's order. */
    private Map<String, List<Count>> figures(String query, Object[] parameters) {
        Map<String, List<Count>> figures = new HashMap<>();
        sql.list(query, row -> Map.entry(row.getString(1), new Count(row.getString(2), row.getLong(3))), parameters)
                .forEach(row -> figures.computeIfAbsent(row.getKey(), f -> new ArrayList<>())
                        .add(row.getValue()));
        return figures;
    }

    private static LocalDate first(LocalDate from) {
        return from == null ? ConnectedOrganizations.BEGINNING : from;
    }

    private static LocalDate last(LocalDate from, LocalDate to) {
        LocalDate last = to == null ? LocalDate.now() : to;
        if (from != null && last.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
        return last;
    }

    /**
     * The period's first and last day, and the conditions the filters put on the rows counted (each written for the
     * counted table) with their values.
     */
    private static final class Scope {

        final LocalDate first;
        final LocalDate last;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Scope(StatisticsFilter filter, String hasSdg, String inCountry, String inRegion) {
            first = first(filter.from());
            last = last(filter.from(), filter.to());
            when(filter.sdg(), hasSdg);
            when(filter.country(), inCountry);
            when(filter.region() == null ? null : filter.region().name(), inRegion);
        }

        private void when(Object value, String condition) {
            if (value != null) {
                conditions.add(condition);
                values.add(value);
            }
        }

        String where() {
            return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
        }

        /** The conditions' values, in the order of {@link #where}. */
        List<Object> values() {
            return values;
        }

        /** The period's two days, then the conditions' values. */
        Object[] parameters() {
            List<Object> parameters = new ArrayList<>(List.of(first, last));
            parameters.addAll(values);
            return parameters.toArray();
        }
    }
}
