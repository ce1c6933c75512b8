package org.southsouth.rest.idempotency;

import java.util.List;
import java.util.Map;

/**
 * What is replayed to a retried request: status, Location, the other headers (ETag and the like) and the JSON body.
 *
 * @param headers by name, each with its values; empty for responses kept before headers were
 */
public record StoredResponse(int status, String location, Map<String, List<String>> headers, String body) {

    public StoredResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
