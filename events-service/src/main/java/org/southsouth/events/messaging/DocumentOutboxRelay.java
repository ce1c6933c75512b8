package org.southsouth.events.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;
import org.southsouth.backbone.OrderedPublisher;
import org.southsouth.events.config.EventsSettings;

/**
 * Publishes the pending events of MongoDB documents and removes them once Kafka has acknowledged them. A
 * relay leases a document before sending, so instances running side by side do not send the same events in the
 * normal case; a lease left by a crashed instance expires and another relay takes over (re-sending at worst,
 * never losing).
 */
public final class DocumentOutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DocumentOutboxRelay.class);
    /**
     * A document with events still to send: asked by an element's id, not by {@code outbox.0}, so that the sparse
     * {@code outbox_pending} index on {@code outbox.id} answers it instead of a scan of the whole collection.
     */
    private static final Bson PENDING = exists(DocumentOutbox.FIELD + ".id");
    /** The relay pass holding a document's lease. */
    private static final String LEASE_HOLDER = "outboxLeaseHolder";

    private final List<MongoCollection<Document>> collections;
    private final EventsSettings.OutboxRelay settings;
    private final OrderedPublisher publisher;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong wakeUps = new AtomicLong();
    private volatile boolean running;

    public DocumentOutboxRelay(
            MongoDatabase database,
            List<String> collectionNames,
            Map<String, Object> kafkaConfig,
            EventsSettings.OutboxRelay settings) {
        this.collections = collectionNames.stream().map(database::getCollection).toList();
        this.settings = settings;
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
        wakeUps.incrementAndGet();
        wakeUp.release();
    }

    public long published() {
        return published.get();
    }

    /** How many times writes woke the relay since start. */
    public long wakeUps() {
        return wakeUps.get();
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
            thread.join(settings.poll().multipliedBy(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
    }

    private void run() {
        int failures = 0;
        Duration idle = settings.poll();
        while (running) {
            try {
                int sent = 0;
                for (MongoCollection<Document> collection : collections) {
                    sent += relay(collection);
                }
                failures = 0;
                if (sent == 0) {
                    boolean woken = wakeUp.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                    idle = woken ? settings.poll() : longer(idle);
                } else {
                    idle = settings.poll();
                    // Writes keep coming (a batch): let them gather, so that one pass leases many documents.
                    pause(settings.linger());
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
                pause(Duration.ofMillis(Math.min(
                        100L << Math.min(failures, 10), settings.maxBackoff().toMillis())));
            }
        }
    }

    /** The next wait while looks find nothing: twice the last, at most {@code idle-poll}. */
    private Duration longer(Duration idle) {
        Duration doubled = idle.multipliedBy(2);
        return doubled.compareTo(settings.idlePoll()) > 0 ? settings.idlePoll() : doubled;
    }

    private int relay(MongoCollection<Document> collection) {
        int sent = 0;
        List<Document> leased;
        do {
            leased = lease(collection);
            for (int i = 0; i < leased.size(); i++) {
                try {
                    sent += send(collection, leased.get(i));
                } catch (RuntimeException e) {
                    release(collection, leased.subList(i + 1, leased.size()));
                    throw e;
                }
            }
            // Fewer than a full lease: what was pending is sent; what came meanwhile waits for the next pass.
        } while (running && leased.size() == settings.leaseBatch());
        return sent;
    }

    /** Sends the leased document's entries and removes those Kafka acknowledged, ending the lease. */
    private int send(MongoCollection<Document> collection, Document leased) {
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
                        Updates.unset(DocumentOutbox.LEASE_FIELD),
                        Updates.unset(LEASE_HOLDER)));
        published.addAndGet(result.acknowledged());
        if (result.failure() != null) {
            throw new IllegalStateException(
                    "Kafka did not acknowledge an event: " + result.failure().getMessage(), result.failure());
        }
        return result.acknowledged();
    }

    /**
     * Leases up to a lease batch of documents with pending events in one update and returns those this pass holds (a
     * relay beside it may have taken some first). One update for many documents rather than one find-and-modify
     * each: on the Mongo-wire stand-in each of them is a scan of the whole collection.
     */
    private List<Document> lease(MongoCollection<Document> collection) {
        Bson claimable =
                and(PENDING, or(exists(DocumentOutbox.LEASE_FIELD, false), lt(DocumentOutbox.LEASE_FIELD, new Date())));
        List<Object> ids = collection
                .find(claimable)
                .projection(Projections.include("_id"))
                .limit(settings.leaseBatch())
                .map(doc -> doc.get("_id"))
                .into(new ArrayList<>());
        if (ids.isEmpty()) {
            return List.of();
        }
        String holder = UUID.randomUUID().toString();
        collection.updateMany(
                and(in("_id", ids), claimable),
                Updates.combine(
                        Updates.set(
                                DocumentOutbox.LEASE_FIELD,
                                Date.from(Instant.now().plus(settings.lease()))),
                        Updates.set(LEASE_HOLDER, holder)));
        List<Document> leased = collection
                .find(in("_id", ids))
                .projection(Projections.include(DocumentOutbox.FIELD, LEASE_HOLDER))
                .into(new ArrayList<>());
        leased.removeIf(doc -> !holder.equals(doc.getString(LEASE_HOLDER)));
        return leased;
    }

    /** Ends the leases of documents this pass did not get to, so another pass sends them without waiting. */
    private static void release(MongoCollection<Document> collection, List<Document> unsent) {
        for (Document doc : unsent) {
            collection.updateOne(
                    and(eq("_id", doc.get("_id")), eq(LEASE_HOLDER, doc.getString(LEASE_HOLDER))),
                    Updates.combine(Updates.unset(DocumentOutbox.LEASE_FIELD), Updates.unset(LEASE_HOLDER)));
        }
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
