package org.southsouth.gateway.impact;

import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** How a headline figure is read from its source; it answers a request when the source applies every requested filter. */
record Derivation(Source source, Function<JsonNode, Object> read) {

    boolean answers(Set<FilterKind> given) {
        return source.applies.containsAll(given);
    }
}
