package org.southsouth.gateway.impact;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A figure broken down by one dimension, as a source offers it, e.g. volunteers deployed by country. It can answer
 * for a request whose filters the source applies, except the filter on its own dimension, which the gateway applies
 * by keeping that one key.
 */
record Series(String figure, Breakdown dimension, Source source, Set<FilterKind> applies,
              Function<JsonNode, Map<String, Object>> read) {

    boolean answers(Set<FilterKind> given) {
        return given.stream().allMatch(f -> f == dimension.filter() || applies.contains(f));
    }
}
