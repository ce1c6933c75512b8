package org.southsouth.rest.idempotency;

/** A claimed key: the fingerprint of the request that claimed it and, once done, its response. */
public record IdempotencyRecord(String fingerprint, StoredResponse response) {

    public boolean inProgress() {
        return response == null;
    }
}
