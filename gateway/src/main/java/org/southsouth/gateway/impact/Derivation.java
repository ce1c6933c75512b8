package org.southsouth.gateway.impact;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One way to obtain a headline figure from a source. A whole figure ({@code picks} null) answers when its source
 * applies every requested filter; a picked one answers when a filter on {@code picks} is given, by reading the
 * figure's breakdown on that dimension at the filter's key (e.g. {@code country=NP} → the NP row), and every other
 * requested filter is applied by the source.
 */
record Derivation(Source source, Set<FilterKind> applies, FilterKind picks, BiFunction<JsonNode, ImpactFilters, Object> read) {

    static Derivation whole(Source source, Function<JsonNode, Object> read) {
        return new Derivation(source, source.applies, null, (document, filters) -> read.apply(document));
    }

    /** The figure at the requested key of a series, zero when the series has no such key. */
    static Derivation picked(Series series, Object zero) {
        FilterKind picks = series.dimension().filter();
        return new Derivation(series.source(), series.applies(), picks, (document, filters) -> {
            Map<String, Object> values = series.read().apply(document);
            return values == null ? null : values.getOrDefault(filters.keyOf(picks), zero);
        });
    }

    static Derivation picked(Source source, FilterKind picks, BiFunction<JsonNode, ImpactFilters, Object> read) {
        return new Derivation(source, source.applies, picks, read);
    }

    boolean answers(Set<FilterKind> given) {
        if (picks != null && !given.contains(picks)) {
            return false;
        }
        Set<FilterKind> rest = EnumSet.noneOf(FilterKind.class);
        rest.addAll(given);
        if (picks != null) {
            rest.remove(picks);
        }
        return applies.containsAll(rest);
    }
}
