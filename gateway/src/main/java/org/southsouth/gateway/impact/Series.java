package org.southsouth.gateway.impact;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A figure broken down by one dimension, as a source offers it, e.g. volunteers deployed by country; {@code read}
 * takes the source's figures (of its {@link Source#figures} type). {@code applies}
 * are the filters the source narrows this figure by (fewer than the source's own where a filter has no meaning for
 * it). It can answer for a request whose filters it applies, except the filter on its own dimension, which the
 * gateway applies by keeping that one key.
 */
record Series(
        String figure,
        Breakdown dimension,
        Source source,
        Set<FilterKind> applies,
        Function<Object, Map<String, Object>> read) {

    boolean answers(Set<FilterKind> given) {
        return unapplied(given).isEmpty();
    }

    /** The requested filters this series would leave unapplied. */
    List<FilterKind> unapplied(Set<FilterKind> given) {
        return given.stream()
                .filter(f -> f != dimension.filter() && !applies.contains(f))
                .toList();
    }
}
