package org.southsouth.partner.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The partnership figures of a period read from the {@code partnership_terms} rollup (migration V6: per selection,
 * how many terms start and end per year and month, by figure and key, kept by triggers at commit). The terms
 * overlapping [first, last] are those started by {@code last} less those ended (the day after their endsOn) by
 * {@code first}: the whole years and months before each day from the rollup, the days of its own month from the
 * records by index, and the few terms ending before they start (which two bounds cannot count) from the records.
 */
final class PartnershipTerms {

    private static final String STATEMENT = """
            WITH counted AS (
              SELECT figure, key, partnerships AS n FROM partnership_terms
              WHERE selection = ? AND bound = 'S'
                AND ((span = 'Y' AND first_day < ?) OR (span = 'M' AND first_day >= ? AND first_day < ?))
              UNION ALL
              SELECT figure, key, -partnerships FROM partnership_terms
              WHERE selection = ? AND bound = 'E'
                AND ((span = 'Y' AND first_day < ?) OR (span = 'M' AND first_day >= ? AND first_day < ?))
              UNION ALL
              SELECT k.figure, k.key, e.n FROM (
                SELECT p.kind, p.status, p.sdg_goals, p.countries,
                  CASE WHEN p.ends_on < p.term_starts_on
                    THEN CASE WHEN p.term_starts_on <= ? AND p.ends_on >= ? THEN 1 ELSE 0 END
                    ELSE CASE WHEN p.term_starts_on BETWEEN ? AND ? THEN 1 ELSE 0 END
                      - CASE WHEN p.ends_on BETWEEN ? AND ? THEN 1 ELSE 0 END END AS n
                FROM partnership p
                WHERE (p.term_starts_on BETWEEN ? AND ? OR p.ends_on BETWEEN ? AND ? OR p.ends_on < p.term_starts_on)
                  AND %s) e,
                partnership_figure_keys(e.kind, e.status, e.sdg_goals, e.countries) k
              WHERE e.n <> 0)
            SELECT figure, key, sum(n) FROM counted GROUP BY figure, key HAVING sum(n) <> 0
            ORDER BY figure, CASE WHEN figure = 'bySdg' THEN CAST(key AS integer) END, key
            """;

    private PartnershipTerms() {}

    /** The rollup's selection for the filter: none, one SDG or one region; a country or two filters have none. */
    static Optional<String> selection(StatisticsFilter filter) {
        boolean sdg = filter.sdg() != null;
        boolean region = filter.region() != null;
        if (filter.country() != null || (sdg && region)) {
            return Optional.empty();
        }
        return Optional.of(
                sdg
                        ? "sdg:" + filter.sdg()
                        : region ? "region:" + filter.region().name() : "*");
    }

    /** The statement, with the filter's condition on the partnerships read from the records. */
    static String statement(String where) {
        return STATEMENT.formatted(where);
    }

    /** The statement's parameters, the condition's values last. */
    static Object[] parameters(LocalDate first, LocalDate last, String selection, List<Object> values) {
        LocalDate lastsYear = last.withDayOfYear(1);
        LocalDate lastsMonth = last.withDayOfMonth(1);
        LocalDate firstsYear = first.withDayOfYear(1);
        LocalDate firstsMonth = first.withDayOfMonth(1);
        // Ended by the first day: an endsOn up to the day before it.
        LocalDate endedFrom = firstsMonth.minusDays(1);
        LocalDate endedTo = first.minusDays(1);
        List<Object> parameters = new ArrayList<>(List.of(
                selection,
                lastsYear,
                lastsYear,
                lastsMonth,
                selection,
                firstsYear,
                firstsYear,
                firstsMonth,
                last,
                first,
                lastsMonth,
                last,
                endedFrom,
                endedTo,
                lastsMonth,
                last,
                endedFrom,
                endedTo));
        parameters.addAll(values);
        return parameters.toArray();
    }
}
