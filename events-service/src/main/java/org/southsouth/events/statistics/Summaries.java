package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

/**
 * Summaries of records by period, one document per period ({@code _id}) holding a tally per {@link Selection} (under
 * {@code selections}), kept exact on a store without transactions by the protocol the attendance counters follow too,
 * {@link CountRevisions}: a write that can move a period's tallies goes through {@link #change}, which marks the periods
 * before it and recounts and releases them after it, the outbox relay woken in between so the events the write carries
 * leave without waiting for the recount. A reader never trusts a period that is not current ({@link Read#stale}): it
 * counts that one from the records. What a crash leaves is recounted by {@link #reconcile}. Records written around
 * the service (a bulk load, an older version) are caught by a refill: the document {@code filled} says, for the tally's
 * {@code format}, that every period with records has its document. Without it (or with another format) readers count
 * from the records and {@link #fill} (the housekeeping, soon) counts every period: a reader never waits for that.
 */
final class Summaries {

    /** The selection's tallies of the periods read that are current, by period, and the periods found stale. */
    record Read(Map<String, Document> tallies, List<String> stale) {}

    private static final Logger LOG = Logger.getLogger(Summaries.class);
    private static final CountRevisions.Fields FIELDS =
            new CountRevisions.Fields("revision", "countedRevision", "pending", "markedAt");
    private static final String SELECTIONS = "selections";
    private static final String FILLED = "filled";
    private static final String FORMAT = "format";
    private static final int RECOUNT_BATCH = 6;

    private final MongoCollection<Document> collection;
    private final int format;
    private final CountRevisions revisions;
    private final Function<SortedSet<String>, Map<String, Document>> count;
    private final Supplier<Collection<String>> periodsWithRecords;
    private final Runnable wakeRelay;

    /**
     * @param format             the shape of the stored tallies: a change of shape takes a new number, so documents of
     *                           the old one are never read (they are counted again)
     * @param grace              how long a writer's mark holds a period before it counts as abandoned
     * @param count              period → the tallies of its records counted now, by selection (a period without
     *                           records may be left out)
     * @param periodsWithRecords every period some record counts in now
     * @param wakeRelay          wakes the outbox relay for the events a write carries
     */
    Summaries(
            MongoCollection<Document> collection,
            int format,
            Duration grace,
            Function<SortedSet<String>, Map<String, Document>> count,
            Supplier<Collection<String>> periodsWithRecords,
            Runnable wakeRelay) {
        this.collection = collection;
        this.format = format;
        this.revisions = new CountRevisions(collection, FIELDS, true, grace);
        this.count = count;
        this.periodsWithRecords = periodsWithRecords;
        this.wakeRelay = wakeRelay;
    }

    <T> T change(Collection<String> periods, Supplier<T> write) {
        return revisions.change(
                periods, write, wakeRelay, marked -> revisions.recountAndRelease(marked, this::recount));
    }

    /** Marks the periods for a writer that recounts them after its write with {@link #change}. */
    void markStale(Collection<String> periods) {
        revisions.mark(periods);
    }

    private void recount(Collection<String> periods) {
        // A few periods at a time: counting all at once holds every tally in memory (a 256 MB heap ran out at the
        // impact benchmark's 120 months).
        List<String> sorted = new ArrayList<>(new TreeSet<>(periods));
        for (int first = 0; first < sorted.size(); first += RECOUNT_BATCH) {
            recountTogether(sorted.subList(first, Math.min(first + RECOUNT_BATCH, sorted.size())));
        }
    }

    private void recountTogether(List<String> periods) {
        Map<String, Document> revised = revisions.takeRevisions(periods, List.of());
        Map<String, Document> tallies = count.apply(new TreeSet<>(revised.keySet()));
        revised.forEach((period, document) -> revisions.store(
                period,
                revisions.revision(document),
                Updates.set(SELECTIONS, tallies.getOrDefault(period, new Document()))));
    }

    /** Whether every period with records has its document, in this format: else read from the records. */
    boolean filled() {
        return collection.find(and(eq("_id", FILLED), eq(FORMAT, format))).first() != null;
    }

    /** The selection's tallies of the periods {@code periods} matches (on {@code _id}; null: all); ask {@link #filled} first. */
    Read read(Bson periods, String selection) {
        Bson matching = periods == null ? ne("_id", FILLED) : and(ne("_id", FILLED), periods);
        String tally = SELECTIONS + "." + selection;
        List<String> included = new ArrayList<>(revisions.protocolFields());
        included.add(tally);
        Map<String, Document> tallies = new TreeMap<>();
        List<String> stale = new ArrayList<>();
        for (Document period : collection.find(matching).projection(Projections.include(included))) {
            if (revisions.current(period)) {
                Document selected = period.get(SELECTIONS, new Document()).get(selection, Document.class);
                if (selected != null) {
                    tallies.put(period.getString("_id"), selected);
                }
            } else {
                stale.add(period.getString("_id"));
            }
        }
        return new Read(tallies, stale);
    }

    /**
     * Recounts the periods due (a crash left them stale, or their writer died before recounting them), or refills them
     * all when records came in around the service or the format changed; returns how many were counted.
     */
    int reconcile() {
        if (!filled()) {
            return refill();
        }
        Instant now = Instant.now();
        Map<String, Long> abandoned = revisions.abandoned(now);
        List<String> due = collection
                .find(and(ne("_id", FILLED), revisions.due(now)))
                .projection(Projections.include("_id"))
                .map(period -> period.getString("_id"))
                .into(new ArrayList<>());
        recount(due);
        revisions.clearAbandoned(abandoned);
        if (!due.isEmpty()) {
            LOG.infof(
                    "Recounted %d periods of %s",
                    due.size(), collection.getNamespace().getCollectionName());
        }
        return due.size();
    }

    /** Counts every period unless {@link #filled}; returns how many were counted. */
    int fill() {
        return filled() ? 0 : refill();
    }

    /** Counts every period with records, and those stored already, then says every period has its document. */
    private synchronized int refill() {
        if (filled()) {
            return 0;
        }
        SortedSet<String> periods = new TreeSet<>(periodsWithRecords.get());
        collection
                .find(ne("_id", FILLED))
                .projection(Projections.include("_id"))
                .forEach(period -> periods.add(period.getString("_id")));
        recount(periods);
        collection.updateOne(
                eq("_id", FILLED),
                Updates.combine(Updates.set(FORMAT, format), Updates.set("at", new Date())),
                new UpdateOptions().upsert(true));
        LOG.infof(
                "Counted %d periods of %s",
                periods.size(), collection.getNamespace().getCollectionName());
        return periods.size();
    }
}
