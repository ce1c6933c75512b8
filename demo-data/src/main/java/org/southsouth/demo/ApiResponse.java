package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of the gateway.
 *
 * @param replayed true when the gateway replayed the first response to the same Idempotency-Key
 */
public record ApiResponse(int status, JsonNode body, boolean replayed) {

    public String id() {
        return body.path("id").asText();
    }

    public boolean created() {
        return status == 201 && !replayed;
    }
}
