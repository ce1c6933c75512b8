package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.southsouth.events.config.EventsDatabase;

/**
 * The {@code record_journal} collection: every journal entry once moved out of its record's document, one document
 * per entry ({@code _id} the entry's id, so a move repeated by a second relay or after a crash stores it once).
 */
@ApplicationScoped
public class RecordJournal {

    static final String COLLECTION = "record_journal";
    private static final String PENDING_ID = JournalEntries.FIELD + "." + JournalFields.ID;
    private static final String WATERMARK = "pruned:";
    private static final int MOVED_AT_ONCE = 100;

    @Inject
    EventsDatabase database;

    void createIndexes(@Observes StartupEvent startup) {
        MongoCollection<Document> journal = collection();
        journal.createIndex(
                Indexes.ascending(JournalFields.FAMILY, JournalFields.SEQUENCE), new IndexOptions().name("feed"));
        journal.createIndex(
                Indexes.ascending(JournalFields.FAMILY, JournalFields.RECORD, JournalFields.SEQUENCE),
                new IndexOptions().name("history"));
        journal.createIndex(
                Indexes.ascending(JournalFields.VOLUNTEER),
                new IndexOptions().name("volunteer").sparse(true));
        journal.createIndex(
                Indexes.ascending(JournalFields.ACTOR + ".volunteerId"),
                new IndexOptions().name("actor_volunteer").sparse(true));
        journal.createIndex(Indexes.ascending(JournalFields.AT), new IndexOptions().name("at"));
        for (JournalFamily family : JournalFamily.values()) {
            database.collection(family.collection())
                    .createIndex(
                            Indexes.ascending(PENDING_ID),
                            new IndexOptions().name("journal_pending").sparse(true));
        }
    }

    /** Stores an entry in the journal; one already there (moved before) stays as it is. */
    public void insert(Document entry) {
        insertAll(List.of(entry));
    }

    /** Stores entries in the journal in one write; those already there (moved before) stay as they are. */
    void insertAll(List<Document> entries) {
        List<Document> stored = new ArrayList<>(entries.size());
        for (Document entry : entries) {
            Document copy = new Document(entry);
            copy.put("_id", copy.remove(JournalFields.ID));
            stored.add(copy);
        }
        EventsDatabase.insertAllUnlessDuplicate(collection(), stored);
    }

    /**
     * Moves the pending entries of the family's documents into the journal: a hundred documents' entries at a time in
     * one insert, then pulled from their documents in one update (by the {@code _id} index); returns how many it moved.
     */
    int movePending(JournalFamily family) {
        MongoCollection<Document> documents = database.collection(family.collection());
        List<Document> pending = documents
                .find(exists(PENDING_ID))
                .projection(Projections.include(JournalEntries.FIELD))
                .into(new ArrayList<>());
        int moved = 0;
        for (int from = 0; from < pending.size(); from += MOVED_AT_ONCE) {
            List<Document> holders = pending.subList(from, Math.min(pending.size(), from + MOVED_AT_ONCE));
            List<Document> entries = new ArrayList<>();
            holders.forEach(doc -> entries.addAll(doc.getList(JournalEntries.FIELD, Document.class)));
            insertAll(entries);
            List<String> ids =
                    entries.stream().map(e -> e.getString(JournalFields.ID)).toList();
            documents.updateMany(
                    in("_id", holders.stream().map(doc -> doc.get("_id")).toList()),
                    Updates.pull(JournalEntries.FIELD, in(JournalFields.ID, ids)));
            moved += ids.size();
        }
        return moved;
    }

    /** The lowest sequence still pending in the family's documents; {@link Long#MAX_VALUE} when none is. */
    long lowestPending(JournalFamily family) {
        long lowest = Long.MAX_VALUE;
        for (Document doc : database.collection(family.collection())
                .find(exists(PENDING_ID))
                .projection(Projections.include(JournalEntries.FIELD))) {
            for (Document entry : doc.getList(JournalEntries.FIELD, Document.class)) {
                lowest = Math.min(lowest, sequenceOf(entry));
            }
        }
        return lowest;
    }

    /** Every entry of one record, moved or still pending in its document, oldest first. */
    List<Document> entriesOf(JournalFamily family, String recordId) {
        Map<String, Document> byId = new LinkedHashMap<>();
        collection()
                .find(and(eq(JournalFields.FAMILY, family.label()), eq(JournalFields.RECORD, recordId)))
                .forEach(e -> byId.put(e.getString("_id"), e));
        Document live = database.collection(family.collection())
                .find(eq("_id", recordId))
                .projection(Projections.include(JournalEntries.FIELD))
                .first();
        if (live != null && live.get(JournalEntries.FIELD) != null) {
            live.getList(JournalEntries.FIELD, Document.class)
                    .forEach(e -> byId.putIfAbsent(e.getString(JournalFields.ID), e));
        }
        List<Document> entries = new ArrayList<>(byId.values());
        entries.sort(Comparator.comparingLong(RecordJournal::sequenceOf));
        return entries;
    }

    /** Entries of the family with a sequence above {@code after} and below {@code below}, in sequence order. */
    List<Document> between(JournalFamily family, long after, long below, int limit) {
        return collection()
                .find(and(
                        eq(JournalFields.FAMILY, family.label()),
                        gt(JournalFields.SEQUENCE, after),
                        lt(JournalFields.SEQUENCE, below)))
                .sort(Sorts.ascending(JournalFields.SEQUENCE))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** The record's latest entry at or before {@code sequence}; null when it has none. */
    Document latestAtOrBefore(JournalFamily family, String recordId, long sequence) {
        return collection()
                .find(and(
                        eq(JournalFields.FAMILY, family.label()),
                        eq(JournalFields.RECORD, recordId),
                        lte(JournalFields.SEQUENCE, sequence)))
                .sort(Sorts.descending(JournalFields.SEQUENCE))
                .first();
    }

    /** The highest sequence retention removed entries up to; a cursor below it may have missed them. */
    long prunedUpTo(JournalFamily family) {
        Document mark = database.collection(JournalSequence.COLLECTION)
                .find(eq("_id", WATERMARK + family.label()))
                .first();
        return mark == null ? 0 : ((Number) mark.get("value")).longValue();
    }

    void raisePrunedUpTo(JournalFamily family, long sequence) {
        database.collection(JournalSequence.COLLECTION)
                .updateOne(
                        eq("_id", WATERMARK + family.label()),
                        Updates.max("value", sequence),
                        new UpdateOptions().upsert(true));
    }

    MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }

    static long sequenceOf(Document entry) {
        return ((Number) entry.get(JournalFields.SEQUENCE)).longValue();
    }
}
