package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.southsouth.events.store.EventsDatabase;

/** The journal's one counter: every entry takes the next number before its write, across families and instances. */
@ApplicationScoped
public class JournalSequence {

    static final String COLLECTION = "journal_counters";
    private static final String ID = "sequence";

    @Inject
    EventsDatabase database;

    public long next() {
        FindOneAndUpdateOptions upsert =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        try {
            return take(upsert);
        } catch (MongoWriteException e) {
            // Two first-ever takes both inserted the counter: the other one's document is there now.
            if (EventsDatabase.isDuplicateKey(e)) {
                return take(upsert);
            }
            throw e;
        }
    }

    private long take(FindOneAndUpdateOptions upsert) {
        Document counter =
                database.collection(COLLECTION).findOneAndUpdate(eq("_id", ID), Updates.inc("value", 1L), upsert);
        return ((Number) counter.get("value")).longValue();
    }
}
