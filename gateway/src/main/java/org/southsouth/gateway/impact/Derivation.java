package org.southsouth.gateway.impact;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** How a headline figure is read from its source; it answers a request when the source applies every requested filter. */
record Derivation(Source source, Function<JsonNode, Object> read) {

    boolean answers(Set<FilterKind> given) {
        return unapplied(given).isEmpty();
    }

    /** The requested filters its source would leave unapplied. */
    List<FilterKind> unapplied(Set<FilterKind> given) {
        return given.stream().filter(f -> !source.applies.contains(f)).toList();
    }
}
