package org.southsouth.volunteer.statistics;

import java.time.LocalDate;

/**
 * A period split for the monthly rollups: the whole months inside it, read from the rollups, and the days at its
 * edges in a partial month, read from the records. {@code fullFrom} is the first day of the first whole month (null:
 * unbounded), {@code fullUntil} the first day after the last whole month (null: unbounded); both null together with a
 * bound period means the period holds no whole month.
 */
record PeriodMonths(LocalDate from, LocalDate to, LocalDate fullFrom, LocalDate fullUntil, boolean wholeMonths) {

    static PeriodMonths of(LocalDate from, LocalDate to) {
        LocalDate fullFrom = from == null || from.getDayOfMonth() == 1
                ? from
                : from.withDayOfMonth(1).plusMonths(1);
        LocalDate fullUntil = to == null || to.plusDays(1).getDayOfMonth() == 1
                ? to == null ? null : to.plusDays(1)
                : to.withDayOfMonth(1);
        boolean wholeMonths = fullFrom == null || fullUntil == null || fullFrom.isBefore(fullUntil);
        return new PeriodMonths(from, to, fullFrom, fullUntil, wholeMonths);
    }

    boolean bounded() {
        return from != null || to != null;
    }

    /** Whether days at the edges lie outside the whole months: a bound that is not a month's first or last day. */
    boolean lowerEdge() {
        return from != null && (!wholeMonths || from.isBefore(fullFrom));
    }

    boolean upperEdge() {
        return to != null && (!wholeMonths || !to.isBefore(fullUntil));
    }
}
