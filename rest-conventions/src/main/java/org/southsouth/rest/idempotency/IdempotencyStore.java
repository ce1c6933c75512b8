package org.southsouth.rest.idempotency;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a service keeps the outcome of POST requests sent with an {@code Idempotency-Key}. A service provides
 * one bean of this type: postgres-idempotency's {@code JdbcIdempotencyStore} on PostgreSQL (depend on that module
 * and add {@code db/idempotency} to {@code quarkus.flyway.locations}), its own on other stores.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a new request as {@code token} (new for each request). Empty when this call claimed it (the
     * caller goes on and later completes or releases it with the same token); otherwise what the store already holds
     * for the key. A claim older than {@code retention} is forgotten first, and so is a claim still without a response
     * after {@code abandonedAfter}: its request died (say, between its commit and recording the response), so a retry
     * takes the key over.
     */
    Optional<IdempotencyRecord> claim(
            String scope, String key, String token, String fingerprint, Duration retention, Duration abandonedAfter);

    /**
     * Records the response of the request holding the claim {@code token}; nothing when another request took the key
     * over since (the request only stalled), so the taker's response stays.
     */
    void complete(String scope, String key, String token, StoredResponse response);

    /**
     * Forgets the claim {@code token} whose request failed, so the client may retry with the same key; a claim another
     * request took over since stays.
     */
    void release(String scope, String key, String token);
}
