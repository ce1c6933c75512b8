package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.expr;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;
import org.southsouth.events.config.Bsons;

/**
 * Summaries of records by period, one document per period ({@code _id}) holding a tally per {@link Selection} (under
 * {@code selections}), kept exact on a store without transactions by the protocol the attendance counters follow:
 * {@code revision} counts the changes begun, {@code countedRevision} is the one the stored tallies reflect. A write that
 * can move a period's tallies goes through {@link #change} (or marks and recounts as it does): the periods are marked
 * stale before it and recounted from the records after it, the outbox relay woken in between so the events the write
 * carries leave without waiting for the recount, a recount taking a new revision first and storing only
 * over a lower one, so concurrent recounts settle on the true tallies. A reader never trusts a stale period
 * ({@link Read#stale}): it counts that one from the records. A crash between a write and its recount leaves the period
 * stale for {@link #reconcile}. Records written around the service (a bulk load, an older version) are caught by a
 * refill: the document {@code filled} says that every period with records has its document, and without it the next
 * read or reconciliation counts them all.
 */
final class Summaries {

    /** The selection's tallies of the periods read that are current, by period, and the periods found stale. */
    record Read(Map<String, Document> tallies, List<String> stale) {}

    private static final Logger LOG = Logger.getLogger(Summaries.class);
    private static final String REVISION = "revision";
    private static final String COUNTED_REVISION = "countedRevision";
    private static final String SELECTIONS = "selections";
    private static final String FILLED = "filled";
    private static final int RECOUNT_BATCH = 6;

    private final MongoCollection<Document> collection;
    private final Function<SortedSet<String>, Map<String, Document>> count;
    private final Supplier<Collection<String>> periodsWithRecords;
    private final Runnable wakeRelay;

    /**
     * @param count              period → the tallies of its records counted now, by selection (a period without
     *                           records may be left out)
     * @param periodsWithRecords every period some record counts in now
     * @param wakeRelay          wakes the outbox relay for the events a write carries
     */
    Summaries(
            MongoCollection<Document> collection,
            Function<SortedSet<String>, Map<String, Document>> count,
            Supplier<Collection<String>> periodsWithRecords,
            Runnable wakeRelay) {
        this.collection = collection;
        this.count = count;
        this.periodsWithRecords = periodsWithRecords;
        this.wakeRelay = wakeRelay;
    }

    <T> T change(Collection<String> periods, Supplier<T> write) {
        markStale(periods);
        T written = write.get();
        if (!periods.isEmpty()) {
            wakeRelay.run();
        }
        recount(periods);
        return written;
    }

    void markStale(Collection<String> periods) {
        for (String period : periods) {
            collection.updateOne(eq("_id", period), Updates.inc(REVISION, 1L), new UpdateOptions().upsert(true));
        }
    }

    void recount(Collection<String> periods) {
        // A few periods at a time: counting all at once holds every tally in memory (a 256 MB heap ran out at the
        // impact benchmark's 120 months).
        List<String> sorted = new ArrayList<>(new TreeSet<>(periods));
        for (int first = 0; first < sorted.size(); first += RECOUNT_BATCH) {
            recountTogether(sorted.subList(first, Math.min(first + RECOUNT_BATCH, sorted.size())));
        }
    }

    private void recountTogether(List<String> periods) {
        // Each revision is taken before the counting, so the recount holding the highest has seen every write whose
        // mark came before it; only a higher revision may overwrite.
        SortedMap<String, Long> revisions = new TreeMap<>();
        for (String period : periods) {
            Document revised = collection.findOneAndUpdate(
                    eq("_id", period),
                    Updates.inc(REVISION, 1L),
                    new FindOneAndUpdateOptions()
                            .upsert(true)
                            .returnDocument(ReturnDocument.AFTER)
                            .projection(Projections.include(REVISION)));
            revisions.put(period, Bsons.number(revised, REVISION));
        }
        Map<String, Document> tallies = count.apply(new TreeSet<>(revisions.keySet()));
        revisions.forEach((period, revision) -> collection.updateOne(
                and(eq("_id", period), or(exists(COUNTED_REVISION, false), lt(COUNTED_REVISION, revision))),
                Updates.combine(
                        Updates.set(SELECTIONS, tallies.getOrDefault(period, new Document())),
                        Updates.set(COUNTED_REVISION, revision))));
    }

    /** The selection's tallies of the periods {@code periods} matches (on {@code _id}; null: all). */
    Read read(Bson periods, String selection) {
        if (collection.find(eq("_id", FILLED)).first() == null) {
            refill();
        }
        Bson matching = periods == null ? ne("_id", FILLED) : and(ne("_id", FILLED), periods);
        String tally = SELECTIONS + "." + selection;
        Map<String, Document> tallies = new TreeMap<>();
        List<String> stale = new ArrayList<>();
        for (Document period :
                collection.find(matching).projection(Projections.include(tally, REVISION, COUNTED_REVISION))) {
            if (current(period)) {
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

    private static boolean current(Document period) {
        return period.get(COUNTED_REVISION) instanceof Number counted
                && counted.longValue() == Bsons.number(period, REVISION);
    }

    /** Recounts the periods a crash left stale, or refills them all when records came in around the service. */
    int reconcile() {
        if (collection.find(eq("_id", FILLED)).first() == null) {
            return refill();
        }
        List<String> stale = collection
                .find(and(
                        ne("_id", FILLED),
                        or(
                                exists(COUNTED_REVISION, false),
                                expr(new Document("$lt", List.of("$" + COUNTED_REVISION, "$" + REVISION))))))
                .projection(Projections.include("_id"))
                .map(period -> period.getString("_id"))
                .into(new ArrayList<>());
        recount(stale);
        if (!stale.isEmpty()) {
            LOG.infof(
                    "Recounted %d periods of %s",
                    stale.size(), collection.getNamespace().getCollectionName());
        }
        return stale.size();
    }

    /** Counts every period with records, and those stored already, then says every period has its document. */
    private synchronized int refill() {
        if (collection.find(eq("_id", FILLED)).first() != null) {
            return 0;
        }
        SortedSet<String> periods = new TreeSet<>(periodsWithRecords.get());
        collection
                .find(ne("_id", FILLED))
                .projection(Projections.include("_id"))
                .forEach(period -> periods.add(period.getString("_id")));
        recount(periods);
        collection.updateOne(eq("_id", FILLED), Updates.set("at", new Date()), new UpdateOptions().upsert(true));
        LOG.infof(
                "Counted %d periods of %s",
                periods.size(), collection.getNamespace().getCollectionName());
        return periods.size();
    }
}
