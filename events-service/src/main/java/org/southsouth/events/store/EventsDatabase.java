package org.southsouth.events.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's MongoDB database. */
@ApplicationScoped
public class EventsDatabase {

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    public MongoCollection<Document> collection(String name) {
        return mongo.getDatabase(database).getCollection(name);
    }

    /**
     * Upserts {@code update} into the document {@code gate} selects (the gate names the {@code _id} and requires an
     * older state); true when applied, false when a document with that id exists that the gate refuses, i.e. the
     * replica already holds the same or a later state.
     */
    public static boolean upsertIfGated(MongoCollection<Document> collection, Bson gate, Bson update) {
        try {
            UpdateResult result = collection.updateOne(gate, update, new UpdateOptions().upsert(true));
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            // No document matched the gate and none could be inserted with the same id: a later state is there.
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Inserts the document; false when it broke a unique index (one with its keys is there). */
    public static boolean insertUnlessDuplicate(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    public static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
