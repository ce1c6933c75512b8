package org.southsouth.events.messaging;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Date;
import org.bson.Document;
import org.southsouth.events.config.EventsDatabase;

/**
 * The ids of events a consumer has applied ({@code processed_events}, unique per consumer and event). Without
 * multi-document transactions the id is recorded after the effect; effects are idempotent and sequence-gated,
 * so an event applied but not yet recorded (crash in between) is harmlessly applied again.
 */
@ApplicationScoped
public class ProcessedEventStore {

    public static final String COLLECTION = "processed_events";

    @Inject
    EventsDatabase database;

    void createIndexes(@Observes StartupEvent startup) {
        collection()
                .createIndex(
                        Indexes.ascending("consumer", "eventId"),
                        new IndexOptions().name("consumer_event").unique(true));
    }

    /**
     * Asked with a plain document naming exactly the {@code consumer_event} index's keys rather than {@code
     * Filters.and} (sent as {@code $and}): the Mongo-wire stand-in serves only such a query from an index.
     */
    public boolean alreadyProcessed(String consumer, String eventId) {
        return collection()
                        .find(new Document("consumer", consumer).append("eventId", eventId))
                        .first()
                != null;
    }

    public void record(String consumer, String eventId) {
        try {
            collection()
                    .insertOne(new Document("consumer", consumer)
                            .append("eventId", eventId)
                            .append("processedAt", new Date()));
        } catch (MongoWriteException e) {
            if (!EventsDatabase.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
