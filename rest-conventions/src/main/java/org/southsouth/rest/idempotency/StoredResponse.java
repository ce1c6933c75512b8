package org.southsouth.rest.idempotency;

/** What is replayed to a retried request: status, Location and the JSON body. */
public record StoredResponse(int status, String location, String body) {
}
