package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;

/** What one source answered: its document, or why there is none. */
record Fetched(String service, JsonNode document, MissingReason failure, String detail) {

    static Fetched of(String service, JsonNode document) {
        return new Fetched(service, document, null, null);
    }

    static Fetched failed(String service, MissingReason reason, String detail) {
        return new Fetched(service, null, reason, detail);
    }

    boolean ok() {
        return document != null;
    }
}
