package org.southsouth.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The dates the platform accepts, in bodies and query parameters alike. The stores accept far more (PostgreSQL
 * fails only past year 5874897), but a year outside these is a typo or a probe, and beyond 9999 a date loses the
 * plain ISO-8601 form every client parses.
 */
public final class AcceptedDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    public static final String RULE = "must be a date from " + FIRST + " to " + LAST;

    private static final Instant FIRST_INSTANT = FIRST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private AcceptedDates() {}

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    /** Whether a date or date-time value lies in the accepted range; other values are not dates and pass. */
    public static boolean containsTemporal(Object value) {
        if (value instanceof LocalDate day) {
            return contains(day);
        }
        if (value instanceof LocalDateTime time) {
            return contains(time.toLocalDate());
        }
        if (value instanceof OffsetDateTime time) {
            return contains(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return contains(time.toInstant());
        }
        if (value instanceof Instant instant) {
            return contains(instant);
        }
        return true;
    }
}
