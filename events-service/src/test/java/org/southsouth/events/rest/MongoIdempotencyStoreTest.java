package org.southsouth.events.rest;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.rest.idempotency.IdempotencyRecord;
import org.southsouth.rest.idempotency.StoredResponse;

/** A claim taken over from a request that stalled stays the taker's: the stalled request can no longer touch it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class MongoIdempotencyStoreTest {

    private static final String SCOPE = "POST /api/v1/events by test";
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    @Inject
    MongoIdempotencyStore store;

    @Inject
    EventsDatabase database;

    @Test
    void aStalledRequestDoesNotOverwriteTheResponseOfTheRequestThatTookItsClaimOver() {
        String key = UUID.randomUUID().toString();
        assertTrue(store.claim(SCOPE, key, "stalled", "body", DAY, DAY).isEmpty());
        // The first request stalls past the abandonment: a retry takes the key over and completes.
        stallPastAbandonment(key);
        assertTrue(store.claim(SCOPE, key, "taker", "body", DAY, ABANDONED).isEmpty());
        store.complete(SCOPE, key, "taker", response("taker"));

        store.complete(SCOPE, key, "stalled", response("stalled"));

        assertEquals("taker", replayed(key).body());
    }

    @Test
    void aStalledRequestThatFailsDoesNotReleaseTheClaimOfTheRequestThatTookItOver() {
        String key = UUID.randomUUID().toString();
        assertTrue(store.claim(SCOPE, key, "stalled", "body", DAY, DAY).isEmpty());
        stallPastAbandonment(key);
        assertTrue(store.claim(SCOPE, key, "taker", "body", DAY, ABANDONED).isEmpty());

        store.release(SCOPE, key, "stalled");
        store.complete(SCOPE, key, "taker", response("taker"));

        assertEquals("taker", replayed(key).body());
    }

    /** As a request still running after the abandonment time leaves its claim. */
    private void stallPastAbandonment(String key) {
        database.collection(MongoIdempotencyStore.COLLECTION)
                .updateOne(
                        eq("_id", SCOPE + " " + key),
                        Updates.set("createdAt", Date.from(Instant.now().minus(3, ChronoUnit.MINUTES))));
    }

    private StoredResponse replayed(String key) {
        IdempotencyRecord held =
                store.claim(SCOPE, key, "replay", "body", DAY, DAY).orElseThrow();
        return held.response();
    }

    private static StoredResponse response(String body) {
        return new StoredResponse(201, null, Map.of(), body);
    }
}
