package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import org.bson.Document;
import org.southsouth.rest.idempotency.IdempotencyRecord;
import org.southsouth.rest.idempotency.IdempotencyStore;
import org.southsouth.rest.idempotency.StoredResponse;

/** {@link IdempotencyStore} on the {@code idempotency_keys} collection: a key is claimed by inserting its document. */
@ApplicationScoped
public class MongoIdempotencyStore implements IdempotencyStore {

    public static final String COLLECTION = "idempotency_keys";

    @Inject
    EventsDatabase database;

    void createIndexes(@Observes StartupEvent startup) {
        collection().createIndex(Indexes.ascending("createdAt"),
                new IndexOptions().name("expire_after_two_days").expireAfter(2L, TimeUnit.DAYS));
    }

    @Override
    public Optional<IdempotencyRecord> claim(String scope, String key, String fingerprint, Duration retention) {
        String id = id(scope, key);
        collection().deleteOne(and(eq("_id", id), lt("createdAt", Date.from(Instant.now().minus(retention)))));
        try {
            collection().insertOne(new Document("_id", id).append("fingerprint", fingerprint).append("createdAt", new Date()));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (!EventsDatabase.isDuplicateKey(e)) {
                throw e;
            }
        }
        Document held = collection().find(eq("_id", id)).first();
        if (held == null) {
            // Released between our insert and this read: the caller may try again.
            return Optional.of(new IdempotencyRecord(fingerprint, null));
        }
        Integer status = held.getInteger("status");
        return Optional.of(new IdempotencyRecord(held.getString("fingerprint"), status == null ? null
                : new StoredResponse(status, held.getString("location"), held.getString("body"))));
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        collection().updateOne(eq("_id", id(scope, key)), Updates.combine(Updates.set("status", response.status()),
                Updates.set("location", response.location()), Updates.set("body", response.body())));
    }

    @Override
    public void release(String scope, String key) {
        collection().deleteOne(eq("_id", id(scope, key)));
    }

    private static String id(String scope, String key) {
        return scope + " " + key;
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
