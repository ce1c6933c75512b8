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

/** Impact figures, computed by SQL from the records for a period; nothing is stored. */
@ApplicationScoped
public class StatisticsStore {

    /** A partnership counts in a period when its term overlaps it (term start as in {@link ConnectedOrganizations}). */
    private static final String IN_PERIOD = "partnerships AS MATERIALIZED (SELECT p.kind, p.status, p.sdg_goals,"
            + " p.countries FROM partnership p, period"
            + " WHERE coalesce(p.starts_on, p.signed_on, p.activated_on, CAST(p.created_at AS date)) <= period.last_day"
            + " AND (p.ends_on IS NULL OR p.ends_on >= period.first_day) AND %s)";

    @Inject
    SqlReader sql;

    /**
     * Every organization figure in one statement, a row per figure and key in each figure's order: {@code connected}
     * and {@code members} are each worked out once for all of them (PostgreSQL computes a CTE read several times
     * once), where a statement per figure worked out who is connected eight times.
     */
    private static final String ORGANIZATION_FIGURES = " SELECT figure, key, n FROM ("
            + " SELECT 'connected' AS figure, CAST(NULL AS text) AS key, count(*) AS n FROM connected"
            + " UNION ALL SELECT 'activeHubs', NULL, count(*) FROM members o, period"
            + " WHERE o.hub AND o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day"
            + " UNION ALL SELECT 'connectedByType', type, count(*) FROM connected GROUP BY 2"
            + " UNION ALL SELECT 'activeByType', o.type, count(*) FROM members o, period"
            + " WHERE o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day GROUP BY 2"
            + " UNION ALL SELECT 'countriesReached', CAST(country AS text), count(*) FROM connected GROUP BY 2"
            + " UNION ALL SELECT 'regionsReached', region, count(*) FROM connected WHERE region IS NOT NULL GROUP BY 2"
            + " UNION ALL SELECT 'subregionsReached', subregion, count(*) FROM connected"
            + " WHERE subregion IS NOT NULL GROUP BY 2"
            + " UNION ALL SELECT 'joinedByYear', CAST(CAST(extract(year FROM o.joined_network_on) AS int) AS text),"
            + " count(*) FROM members o, period"
            + " WHERE o.joined_network_on BETWEEN period.first_day AND period.last_day GROUP BY 2"
            + ") f ORDER BY figure, key";

    /**
     * Every partnership figure in one statement over the partnerships of the period read once, a row per figure and
     * key, goals in their numeric order: five statements read them five times. Goals and countries are unnested once
     * per distinct list, not once per partnership (the impact benchmark's 30k partnerships hold 2.4k distinct goal
     * lists and 20k country lists).
     */
    private static final String PARTNERSHIP_FIGURES = " SELECT figure, key, n FROM ("
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
        Scope scope = new Scope(filter, "o.sdgs @> ARRAY[CAST(? AS integer)]", "o.country = ?", "o.region = ?");
        String with = "WITH " + ConnectedOrganizations.PERIOD + ", members AS (SELECT o.id, o.type, o.country,"
                + " o.region, o.subregion, o.hub, o.status, o.joined_network_on FROM organization o WHERE "
                + scope.where() + "), " + ConnectedOrganizations.connectedAmong("members");
        Map<String, List<Count>> figures = figures(with + ORGANIZATION_FIGURES, scope);
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

    public PartnershipStatistics partnerships(StatisticsFilter filter) {
        Scope scope = new Scope(
                filter,
                "p.sdg_goals @> ARRAY[CAST(? AS integer)]",
                "p.countries @> ARRAY[CAST(? AS text)]",
                "p.regions @> ARRAY[CAST(? AS text)]");
        Map<String, List<Count>> figures = figures(
                "WITH " + ConnectedOrganizations.PERIOD + ", " + IN_PERIOD.formatted(scope.where())
                        + PARTNERSHIP_FIGURES,
                scope);
        return new PartnershipStatistics(
                scope.first,
                scope.last,
                figures.get("partnerships").get(0).count(),
                figures.getOrDefault("byKind", List.of()),
                figures.getOrDefault("byStatus", List.of()),
                figures.getOrDefault("bySdg", List.of()),
                figures.getOrDefault("byCountry", List.of()));
    }

    /** A statement answering rows of figure, key and count, as figure → its counts in the statement's order. */
    private Map<String, List<Count>> figures(String query, Scope scope) {
        Map<String, List<Count>> figures = new HashMap<>();
        sql.list(
                        query,
                        row -> Map.entry(row.getString(1), new Count(row.getString(2), row.getLong(3))),
                        scope.parameters())
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
     * counted table), with their values bound after the period's two days.
     */
    private static final class Scope {

        final LocalDate first;
        final LocalDate last;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        Scope(StatisticsFilter filter, String hasSdg, String inCountry, String inRegion) {
            first = first(filter.from());
            last = last(filter.from(), filter.to());
            parameters.add(first);
            parameters.add(last);
            when(filter.sdg(), hasSdg);
            when(filter.country(), inCountry);
            when(filter.region() == null ? null : filter.region().name(), inRegion);
        }

        private void when(Object value, String condition) {
            if (value != null) {
                conditions.add(condition);
                parameters.add(value);
            }
        }

        String where() {
            return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
        }

        Object[] parameters() {
            return parameters.toArray();
        }
    }
}
