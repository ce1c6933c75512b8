package org.southsouth.gateway.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the services' typed breakdowns into key → value columns. Each answers null when the service gave no such
 * breakdown, or a row without its key or value, so a statistic a service does not (yet) offer is reported as not
 * provided instead of as zero.
 */
final class Readers {

    private Readers() {}

    /** partner-service's {@code [{"key": "NP", "count": 3}]} → key → count. */
    static Map<String, Object> keyCounts(List<KeyCount> rows) {
        return column(rows, KeyCount::key, KeyCount::count);
    }

    /** events-service's {@code {"NP": 3}} → key → count. */
    static Map<String, Object> counts(Map<String, Long> counts) {
        return counts == null ? null : new LinkedHashMap<>(counts);
    }

    /** Rows → the value of {@code key} → the value of {@code value}. */
    static <R> Map<String, Object> column(List<R> rows, Function<R, ?> key, Function<R, ?> value) {
        return column(rows, key, value, false);
    }

    /**
     * As {@link #column}, for a figure a row may have no value of (a ratio or median over nothing): a null stays null
     * rather than making the whole breakdown unreadable.
     */
    static <R> Map<String, Object> columnWithGaps(List<R> rows, Function<R, ?> key, Function<R, ?> value) {
        return column(rows, key, value, true);
    }

    private static <R> Map<String, Object> column(
            List<R> rows, Function<R, ?> key, Function<R, ?> value, boolean gaps) {
        if (rows == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (R row : rows) {
            Object k = row == null ? null : key.apply(row);
            Object v = row == null ? null : value.apply(row);
            if (k == null || (v == null && !gaps)) {
                return null;
            }
            values.put(k.toString(), v);
        }
        return values;
    }
}
