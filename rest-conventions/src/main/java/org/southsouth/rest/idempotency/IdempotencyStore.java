package org.southsouth.rest.idempotency;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a service keeps the outcome of POST requests sent with an {@code Idempotency-Key}. A service provides
 * one bean of this type: {@link JdbcIdempotencyStore} on PostgreSQL (add {@code db/idempotency} to
 * {@code quarkus.flyway.locations}), its own on other stores.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a new request. Empty when this call claimed it (the caller goes on and later
     * completes or releases it); otherwise what the store already holds for the key. A claim older than
     * {@code retention} is forgotten first, and so is a claim still without a response after {@code abandonedAfter}:
     * its request died (say, between its commit and recording the response), so a retry takes the key over.
     */
    Optional<IdempotencyRecord> claim(
            String scope, String key, String fingerprint, Duration retention, Duration abandonedAfter);

    void complete(String scope, String key, StoredResponse response);

    /** Forgets a claim whose request failed, so the client may retry with the same key. */
    void release(String scope, String key);
}
