package org.southsouth.gateway.impact;

import java.util.Locale;

/** A dimension figures can be broken down by; {@code filter} is the filter on the same dimension, if any. */
public enum Breakdown {
    SDG(FilterKind.SDG),
    YEAR(null),
    MONTH(null),
    COUNTRY(FilterKind.COUNTRY),
    REGION(FilterKind.REGION),
    PROGRAMME(null);

    private final FilterKind filter;

    Breakdown(FilterKind filter) {
        this.filter = filter;
    }

    public FilterKind filter() {
        return filter;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
