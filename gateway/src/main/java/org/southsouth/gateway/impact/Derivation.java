package org.southsouth.gateway.impact;

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** How a headline figure is read from its source. */
record Derivation(Source source, Function<JsonNode, Object> read) {
}
