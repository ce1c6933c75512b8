package org.southsouth.gateway.impact;

/** The kinds of filter an impact request can carry; a breakdown series may apply fewer than all of them. */
public enum FilterKind {
    PERIOD("from/to"),
    SDG("sdg"),
    COUNTRY("country"),
    REGION("region");

    private final String parameters;

    FilterKind(String parameters) {
        this.parameters = parameters;
    }

    /** The query parameter(s) a client uses for this filter. */
    public String parameters() {
        return parameters;
    }
}
