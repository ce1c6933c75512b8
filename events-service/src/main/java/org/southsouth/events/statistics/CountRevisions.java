package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.expr;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;

/**
 * The revision protocol that keeps counts stored on documents (a period's summaries, an event's attendance counters)
 * equal to a recount of their records on a store without transactions. On each document {@code revision} counts the
 * changes begun, {@code counted} is the revision the stored counts reflect, {@code pending} the writers that marked it
 * and have not recounted it yet, {@code markedAt} the latest mark. The counts are current iff no writer is pending and
 * {@code counted == revision}.
 * <ol>
 *   <li>A writer marks its documents before its write ({@link #mark}: {@code revision} and {@code pending} + 1).
 *   <li>After the write (also when it failed) it recounts them, then releases its mark ({@link #recountAndRelease}:
 *       {@code pending} - 1; if the recount failed, {@code revision} + 1 too, so they stay stale for the next recount).
 *   <li>A recount takes a new revision of each document first ({@link #takeRevisions}), then counts, and stores only
 *       over a lower revision ({@link #store}): the recount holding the highest revision has seen every write landed
 *       before it, so concurrent recounts settle on the true counts.
 * </ol>
 * The pending count is what makes an overtaken writer safe: a writer marks, another writer's recount takes a revision
 * and stores before the first one's write lands; without {@code pending} the document would read current and miss that
 * write if its writer died before recounting (issue 18 review, F2). A writer that died leaves {@code pending} behind:
 * the reconciliation recounts the documents whose latest mark is older than {@code grace} and then clears their
 * writers' marks ({@link #abandoned}, {@link #clearAbandoned}), as the seat claims' grace ends a dead registration's
 * claim. {@code grace} must be far longer than any write with its recount takes, a batch's included: a writer slower
 * than that may find its document current before its own recount, which then corrects it.
 */
public final class CountRevisions {

    /** The protocol's fields on each document. */
    public record Fields(String revision, String counted, String pending, String markedAt) {}

    private final MongoCollection<Document> collection;
    private final Fields fields;
    private final boolean createMissing;
    private final Duration grace;

    /**
     * @param createMissing whether marking or recounting a document that does not exist creates it (a period's
     *                      summary), or leaves it absent (an event)
     * @param grace         how long after a writer's latest mark its document is taken as abandoned by it
     */
    public CountRevisions(MongoCollection<Document> collection, Fields fields, boolean createMissing, Duration grace) {
        this.collection = collection;
        this.fields = fields;
        this.createMissing = createMissing;
        this.grace = grace;
        createIndexes();
    }

    /**
     * Makes {@code write}, which can move the counts of the documents {@code ids}, as the protocol needs: marks them,
     * writes, wakes the outbox relay ({@code wake}: the events the write carries leave without waiting for the
     * recount) and hands the marked ids to {@code marked}, which recounts and releases them (now, or with a batch's
     * after its items). They are handed over also when the write failed: it may have landed.
     */
    public <T> T change(Collection<String> ids, Supplier<T> write, Runnable wake, Consumer<Collection<String>> marked) {
        mark(ids);
        T written;
        try {
            written = write.get();
        } catch (RuntimeException | Error failed) {
            try {
                marked.accept(ids);
            } catch (RuntimeException recountFailed) {
                failed.addSuppressed(recountFailed);
            }
            throw failed;
        }
        if (!ids.isEmpty()) {
            wake.run();
        }
        marked.accept(ids);
        return written;
    }

    /** Marks the documents for a writer: call before its write, and {@link #recountAndRelease} them after it. */
    public void mark(Collection<String> ids) {
        Bson marking = Updates.combine(
                Updates.inc(fields.revision(), 1L),
                Updates.inc(fields.pending(), 1L),
                Updates.max(fields.markedAt(), new Date()));
        for (String id : ids) {
            collection.updateOne(eq("_id", id), marking, new UpdateOptions().upsert(createMissing));
        }
    }

    /**
     * Recounts the documents a writer marked ({@code marks}: one entry per mark, so an id marked by several writes of
     * a batch comes as often), then releases the marks. If the recount fails the marks are released as a new change,
     * leaving the documents stale, as a recount that never ran would leave them, for the reconciliation.
     */
    public void recountAndRelease(Collection<String> marks, Consumer<Set<String>> recount) {
        if (marks.isEmpty()) {
            return;
        }
        boolean recounted = false;
        try {
            recount.accept(new LinkedHashSet<>(marks));
            recounted = true;
        } finally {
            release(marks, recounted);
        }
    }

    private void release(Collection<String> marks, boolean recounted) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        marks.forEach(id -> byId.merge(id, 1, Integer::sum));
        byId.forEach((id, times) -> {
            if (!recounted) {
                collection.updateOne(eq("_id", id), Updates.inc(fields.revision(), 1L));
            }
            // Never below zero: the reconciliation may have released the marks of a writer slower than the grace.
            compareAndSet(
                    id,
                    fields.pending(),
                    pending -> pending instanceof Number n && n.longValue() > 0
                            ? Updates.set(fields.pending(), Math.max(0, n.longValue() - times))
                            : null);
        });
    }

    /**
     * Writes {@code update} (of the field's value as read; null: nothing to write) over the document only while the
     * field holds that value, read again when another write came first. Filters name exactly the keys of a unique
     * index ({@code _id} and the field), which the Mongo-wire stand-in serves without a scan of the collection; a
     * range on the field was one for every write. No cap on the attempts: a lost one means another write to the field
     * landed, so the loop ends as the writes do; giving up would fail a request whose own write had landed and leave
     * its mark pending (issue 18 review R25).
     */
    private void compareAndSet(String id, String field, Function<Object, Bson> update) {
        while (true) {
            Document read = collection
                    .find(eq("_id", id))
                    .projection(Projections.include(field))
                    .first();
            if (read == null) {
                return;
            }
            Bson write = update.apply(read.get(field));
            if (write == null
                    || collection
                                    .updateOne(new Document("_id", id).append(field, read.get(field)), write)
                                    .getModifiedCount()
                            == 1) {
                return;
            }
        }
    }

    /**
     * Takes a new revision of each document, before counting its records: id → the document after it, with the
     * revision ({@link #revision}) and the fields {@code read}. A document absent (and not created) is left out.
     */
    public Map<String, Document> takeRevisions(Collection<String> ids, List<String> read) {
        List<String> included = new ArrayList<>(read);
        included.add(fields.revision());
        Map<String, Document> revised = new LinkedHashMap<>();
        for (String id : ids) {
            Document document = collection.findOneAndUpdate(
                    eq("_id", id),
                    Updates.inc(fields.revision(), 1L),
                    new FindOneAndUpdateOptions()
                            .upsert(createMissing)
                            .returnDocument(ReturnDocument.AFTER)
                            .projection(Projections.include(included)));
            if (document != null) {
                revised.put(id, document);
            }
        }
        return revised;
    }

    /** The revision a document read by {@link #takeRevisions} was taken at. */
    public long revision(Document revised) {
        return Bsons.number(revised, fields.revision());
    }

    /** Stores the counts {@code counts} ({@code $set}s) counted at {@code revision}, unless a later recount stored. */
    public void store(String id, long revision, Bson counts) {
        compareAndSet(
                id,
                fields.counted(),
                counted -> counted instanceof Number n && n.longValue() >= revision
                        ? null
                        : Updates.combine(counts, Updates.set(fields.counted(), revision)));
    }

    /** The fields {@link #current} reads. */
    public List<String> protocolFields() {
        return List.of(fields.revision(), fields.counted(), fields.pending());
    }

    /** Whether the document's counts equal a recount of its records (read with {@link #protocolFields}). */
    public boolean current(Document document) {
        return !(document.get(fields.pending()) instanceof Number pending && pending.longValue() > 0)
                && document.get(fields.counted()) instanceof Number counted
                && counted.longValue() == Bsons.number(document, fields.revision());
    }

    /**
     * The documents due for a recount now: never counted, behind their revision (a recount that failed or never ran),
     * or marked by a writer that has not released it within the grace.
     */
    public Bson due(Instant now) {
        return or(
                exists(fields.counted(), false),
                expr(new Document("$lt", List.of("$" + fields.counted(), "$" + fields.revision()))),
                abandonedBy(now));
    }

    /**
     * The documents whose pending writers all marked them longer than the grace ago, with how many there are: they died
     * before recounting (or are slower than the grace).
     */
    public Map<String, Long> abandoned(Instant now) {
        Map<String, Long> pending = new LinkedHashMap<>();
        collection
                .find(abandonedBy(now))
                .projection(Projections.include(fields.pending()))
                .forEach(document -> pending.put(document.getString("_id"), Bsons.number(document, fields.pending())));
        return pending;
    }

    private Bson abandonedBy(Instant now) {
        return and(gt(fields.pending(), 0), lt(fields.markedAt(), Date.from(now.minus(grace))));
    }

    /**
     * Releases the marks of the writers found {@link #abandoned}: call after recounting their documents. A writer that
     * marked one since keeps it pending.
     */
    public void clearAbandoned(Map<String, Long> abandoned) {
        abandoned.forEach((id, released) -> compareAndSet(
                id,
                fields.pending(),
                pending -> pending instanceof Number n && n.longValue() > 0
                        ? Updates.set(fields.pending(), Math.max(0, n.longValue() - released))
                        : null));
    }

    /**
     * Redundant on MongoDB (_id is unique), but the Mongo-wire stand-in serves a query from a unique index only when
     * the query names exactly its keys: these spare each compare-and-set a scan.
     */
    private void createIndexes() {
        for (String field : List.of(fields.counted(), fields.pending())) {
            collection.createIndex(
                    Indexes.ascending("_id", field),
                    new IndexOptions().name("compare_and_set_" + field).unique(true));
        }
    }
}
