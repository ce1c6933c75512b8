package org.southsouth.events.rest;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.rest.idempotency.IdempotencyRecord;
import org.southsouth.rest.idempotency.IdempotencyStore;
import org.southsouth.rest.idempotency.StoredResponse;

/**
 * {@link IdempotencyStore} on the {@code idempotency_keys} collection: a key is claimed by inserting its document with
 * the claim's token, and only the token's holder completes or releases it (compare-and-set on the token).
 */
@ApplicationScoped
public class MongoIdempotencyStore implements IdempotencyStore {

    public static final String COLLECTION = "idempotency_keys";
    private static final String TOKEN = "claimToken";

    @Inject
    EventsDatabase database;

    void createIndexes(@Observes StartupEvent startup) {
        collection()
                .createIndex(
                        Indexes.ascending("createdAt"),
                        new IndexOptions().name("expire_after_two_days").expireAfter(2L, TimeUnit.DAYS));
    }

    @Override
    public Optional<IdempotencyRecord> claim(
            String scope, String key, String token, String fingerprint, Duration retention, Duration abandonedAfter) {
        String id = id(scope, key);
        Instant now = Instant.now();
        collection()
                .deleteOne(and(
                        eq("_id", id),
                        or(
                                lt("createdAt", Date.from(now.minus(retention))),
                                and(exists("status", false), lt("createdAt", Date.from(now.minus(abandonedAfter)))))));
        try {
            collection()
                    .insertOne(new Document("_id", id)
                            .append(TOKEN, token)
                            .append("fingerprint", fingerprint)
                            .append("createdAt", new Date()));
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
        return Optional.of(new IdempotencyRecord(
                held.getString("fingerprint"),
                status == null
                        ? null
                        : new StoredResponse(
                                status, held.getString("location"), headers(held), held.getString("body"))));
    }

    @Override
    public void complete(String scope, String key, String token, StoredResponse response) {
        collection()
                .updateOne(
                        claimed(scope, key, token),
                        Updates.combine(
                                Updates.set("status", response.status()),
                                Updates.set("location", response.location()),
                                Updates.set("headers", new Document(response.headers())),
                                Updates.set("body", response.body())));
    }

    @Override
    public void release(String scope, String key, String token) {
        collection().deleteOne(claimed(scope, key, token));
    }

    private static Bson claimed(String scope, String key, String token) {
        return and(eq("_id", id(scope, key)), eq(TOKEN, token));
    }

    private static Map<String, List<String>> headers(Document held) {
        Document headers = held.get("headers", Document.class);
        Map<String, List<String>> byName = new TreeMap<>();
        if (headers != null) {
            headers.keySet().forEach(name -> byName.put(name, headers.getList(name, String.class)));
        }
        return byName;
    }

    private static String id(String scope, String key) {
        return scope + " " + key;
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
