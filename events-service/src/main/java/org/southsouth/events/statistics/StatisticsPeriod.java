package org.southsouth.events.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.southsouth.rest.AcceptedDates;

/**
 * A period of UTC start dates ({@code from}, {@code to}: null is unbounded) split into the whole months inside it,
 * whose figures the months' statistics hold, and the days outside them at its edges, counted from the events.
 *
 * @param firstMonth the first whole month; null when unbounded below
 * @param lastMonth  the last whole month; null when unbounded above
 * @param wholeMonths whether the period holds any whole month
 * @param edges      the days at the edges, each as its first day and the day after its last
 */
record StatisticsPeriod(YearMonth firstMonth, YearMonth lastMonth, boolean wholeMonths, List<LocalDate[]> edges) {

    static StatisticsPeriod of(LocalDate from, LocalDate to) {
        YearMonth first =
                from == null ? null : YearMonth.from(from.minusDays(1)).plusMonths(1);
        YearMonth last = to == null ? null : YearMonth.from(to.plusDays(1)).minusMonths(1);
        // No event starts past the last accepted date, and month ids compare as strings, which sort by date only in
        // four-digit years: a first month past it ("10000-01" < "1900-01") would select every month.
        boolean wholeMonths = (first == null || !first.isAfter(YearMonth.from(AcceptedDates.LAST)))
                && (first == null || last == null || !first.isAfter(last));
        List<LocalDate[]> edges = new ArrayList<>();
        if (!wholeMonths) {
            edges.add(new LocalDate[] {from, to == null ? first.atDay(1) : to.plusDays(1)});
            return new StatisticsPeriod(first, last, false, edges);
        }
        if (from != null && from.getDayOfMonth() != 1) {
            edges.add(new LocalDate[] {from, first.atDay(1)});
        }
        if (to != null && !to.equals(YearMonth.from(to).atEndOfMonth())) {
            edges.add(new LocalDate[] {last.plusMonths(1).atDay(1), to.plusDays(1)});
        }
        return new StatisticsPeriod(first, last, true, edges);
    }
}
