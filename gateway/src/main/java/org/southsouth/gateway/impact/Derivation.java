package org.southsouth.gateway.impact;

import java.util.function.Function;

/** How a headline figure is read from its source's figures (of the source's {@link Source#figures} type). */
record Derivation(Source source, Function<Object, Object> read) {}
