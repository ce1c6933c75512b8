package org.southsouth.events.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A period of UTC dates: the whole months inside it, and the days at its edges outside them. */
class StatisticsPeriodTest {

    @Test
    void wholeMonthsAndTheDaysAtTheEdges() {
        assertSplit(null, null, null, null, List.of());
        assertSplit("2024-01-01", "2024-12-31", "2024-01", "2024-12", List.of());
        assertSplit(
                "2024-01-15",
                "2024-03-10",
                "2024-02",
                "2024-02",
                List.of("2024-01-15..2024-02-01", "2024-03-01..2024-03-11"));
        assertSplit("2024-02-10", null, "2024-03", null, List.of("2024-02-10..2024-03-01"));
        assertSplit(null, "2024-02-28", null, "2024-01", List.of("2024-02-01..2024-02-29"));
        StatisticsPeriod withinOneMonth =
                StatisticsPeriod.of(LocalDate.parse("2024-01-15"), LocalDate.parse("2024-02-10"));
        assertEquals(false, withinOneMonth.wholeMonths());
        assertEquals(List.of("2024-01-15..2024-02-11"), days(withinOneMonth));
        StatisticsPeriod inTheLastMonth = StatisticsPeriod.of(LocalDate.parse("9999-12-02"), null);
        assertEquals(false, inTheLastMonth.wholeMonths());
        assertEquals(List.of("9999-12-02..+10000-01-01"), days(inTheLastMonth));
    }

    private static void assertSplit(String from, String to, String first, String last, List<String> edges) {
        StatisticsPeriod period = StatisticsPeriod.of(
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        assertEquals(first == null ? null : YearMonth.parse(first), period.firstMonth());
        assertEquals(last == null ? null : YearMonth.parse(last), period.lastMonth());
        assertEquals(true, period.wholeMonths());
        assertEquals(edges, days(period));
    }

    private static List<String> days(StatisticsPeriod period) {
        return period.edges().stream()
                .map(days -> Arrays.stream(days)
                        .map(LocalDate::toString)
                        .reduce((a, b) -> a + ".." + b)
                        .orElseThrow())
                .toList();
    }
}
