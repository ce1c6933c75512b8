package org.southsouth.events.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;
import org.southsouth.backbone.OrderedPublisher;

/**
 * Publishes the pending events of MongoDB documents and removes them once Kafka has acknowledged them. A
 * relay leases a document before sending, so instances running side by side do not send the same events in the
 * normal case; a lease left by a crashed instance expires and another relay takes over (re-sending at worst,
 * never losing).
 */
public final class DocumentOutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DocumentOutboxRelay.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration FALLBACK_POLL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /**
     * A document with events still to send: asked by an element's id, not by {@code outbox.0}, so that the sparse
     * {@code outbox_pending} index on {@code outbox.id} answers it instead of a scan of the whole collection.
     */
    private static final Bson PENDING = exists(DocumentOutbox.FIELD + ".id");

    private final List<MongoCollection<Document>> collections;
    private final OrderedPublisher publisher;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;

    public DocumentOutboxRelay(MongoDatabase database, List<String> collectionNames, Map<String, Object> kafkaConfig) {
        this.collections = collectionNames.stream().map(database::getCollection).toList();
        this.publisher = new OrderedPublisher(kafkaConfig, "document-outbox-relay");
        this.thread = new Thread(this::run, "document-outbox-relay");
        this.thread.setDaemon(true);
    }

    public void start() {
        running = true;
        thread.start();
    }

    /** Call after a write that added pending events, so they leave without waiting for the next poll. */
    public void wake() {
        wakeUp.release();
    }

    public long published() {
        return published.get();
    }

    /** Pending events across the relayed collections. */
    public long backlog() {
        long pending = 0;
        for (MongoCollection<Document> collection : collections) {
            for (Document doc : collection.find(PENDING).projection(new Document(DocumentOutbox.FIELD, 1))) {
                pending += doc.getList(DocumentOutbox.FIELD, Document.class).size();
            }
        }
        return pending;
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.release();
        try {
            thread.join(FALLBACK_POLL.multipliedBy(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                int sent = 0;
                for (MongoCollection<Document> collection : collections) {
                    sent += relay(collection);
                }
                failures = 0;
                if (sent == 0) {
                    wakeUp.tryAcquire(FALLBACK_POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                if (failures % 10 == 1) {
                    LOG.warnf(
                            "Document outbox relay could not publish (attempt %d), retrying with backoff: %s",
                            failures, e.getMessage());
                }
                pause(Duration.ofMillis(Math.min(100L << Math.min(failures, 10), MAX_BACKOFF.toMillis())));
            }
        }
    }

    private int relay(MongoCollection<Document> collection) {
        int sent = 0;
        Document leased;
        while (running && (leased = lease(collection)) != null) {
            List<Document> entries = leased.getList(DocumentOutbox.FIELD, Document.class);
            OrderedPublisher.Result result = publisher.publish(
                    entries.stream().map(DocumentOutbox::toOutgoing).toList());
            List<String> sentIds = entries.subList(0, result.acknowledged()).stream()
                    .map(e -> e.getString("id"))
                    .toList();
            collection.updateOne(
                    eq("_id", leased.get("_id")),
                    Updates.combine(
                            Updates.pull(DocumentOutbox.FIELD, in("id", sentIds)),
                            Updates.unset(DocumentOutbox.LEASE_FIELD)));
            published.addAndGet(result.acknowledged());
            sent += result.acknowledged();
            if (result.failure() != null) {
                throw new IllegalStateException(
                        "Kafka did not acknowledge an event: "
                                + result.failure().getMessage(),
                        result.failure());
            }
        }
        return sent;
    }

    private Document lease(MongoCollection<Document> collection) {
        Date now = new Date();
        Bson claimable =
                and(PENDING, or(exists(DocumentOutbox.LEASE_FIELD, false), lt(DocumentOutbox.LEASE_FIELD, now)));
        return collection.findOneAndUpdate(
                claimable,
                Updates.set(DocumentOutbox.LEASE_FIELD, Date.from(Instant.now().plus(LEASE))),
                new FindOneAndUpdateOptions()
                        .returnDocument(ReturnDocument.AFTER)
                        .projection(new Document(DocumentOutbox.FIELD, 1)));
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
