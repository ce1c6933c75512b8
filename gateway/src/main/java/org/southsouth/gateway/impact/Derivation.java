package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** How a headline figure is read from its source. */
record Derivation(Source source, Function<JsonNode, Object> read) {}
