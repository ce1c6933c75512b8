package org.southsouth.gateway.impact;

/** What one source answered: its document, read as {@code T}, or why there is none. */
record Fetched<T>(String service, T document, MissingReason failure, String detail) {

    static <T> Fetched<T> of(String service, T document) {
        return new Fetched<>(service, document, null, null);
    }

    static <T> Fetched<T> failed(String service, MissingReason reason, String detail) {
        return new Fetched<>(service, null, reason, detail);
    }

    boolean ok() {
        return document != null;
    }
}
