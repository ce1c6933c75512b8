package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.southsouth.events.config.EventsDatabase;

/** The journal's one counter: every entry takes the next number before its write, across families and instances. */
@ApplicationScoped
public class JournalSequence {

    static final String COLLECTION = "journal_counters";
    private static final String ID = "sequence";

    @Inject
    EventsDatabase database;

    public long next() {
        return nextBlock(1);
    }

    /** Takes {@code count} consecutive numbers at once (for entries written together); returns the first. */
    public long nextBlock(int count) {
        FindOneAndUpdateOptions upsert =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        try {
            return take(count, upsert);
        } catch (MongoWriteException e) {
            // Two first-ever takes both inserted the counter: the other one's document is there now.
            if (EventsDatabase.isDuplicateKey(e)) {
                return take(count, upsert);
            }
            throw e;
        }
    }

    private long take(int count, FindOneAndUpdateOptions upsert) {
        Document counter = database.collection(COLLECTION)
                .findOneAndUpdate(eq("_id", ID), Updates.inc("value", (long) count), upsert);
        return ((Number) counter.get("value")).longValue() - count + 1;
    }
}
