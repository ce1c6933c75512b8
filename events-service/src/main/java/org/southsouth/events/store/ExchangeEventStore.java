package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.quarkus.runtime.StartupEvent;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.southsouth.events.domain.EventKind;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.ExchangeEvent;
import org.southsouth.events.messaging.DocumentOutbox;

/** The {@code events} collection: one document per event, with its pending outbox events inside. */
@ApplicationScoped
public class ExchangeEventStore {

    public static final String COLLECTION = "events";

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    void createIndexes(@Observes StartupEvent startup) {
        MongoCollection<Document> events = collection();
        events.createIndex(Indexes.ascending("updatedAt", "_id"), new IndexOptions().name("updatedAt_id"));
        events.createIndex(Indexes.ascending(DocumentOutbox.FIELD + ".id"), new IndexOptions().name("outbox_pending").sparse(true));
    }

    /** Stores a new event and its pending outbox entries in one write. */
    public void insert(ExchangeEvent event, List<Document> outboxEntries) {
        collection().insertOne(toDocument(event).append(DocumentOutbox.FIELD, outboxEntries));
    }

    public ExchangeEvent find(UUID id) {
        Document doc = collection().find(eq("_id", id.toString())).first();
        return doc == null ? null : fromDocument(doc);
    }

    public List<ExchangeEvent> page(int page, int size) {
        return collection().find().sort(Sorts.ascending("updatedAt", "_id")).skip(page * size).limit(size)
                .map(ExchangeEventStore::fromDocument).into(new java.util.ArrayList<>());
    }

    public long count() {
        return collection().countDocuments();
    }

    public MongoCollection<Document> collection() {
        return mongo.getDatabase(database).getCollection(COLLECTION);
    }

    private static Document toDocument(ExchangeEvent e) {
        return new Document("_id", e.id().toString())
                .append("kind", e.kind().name())
                .append("title", e.title())
                .append("hostOrganizationId", e.hostOrganizationId() == null ? null : e.hostOrganizationId().toString())
                .append("country", e.country())
                .append("status", e.status().name())
                .append("startsAt", Date.from(e.startsAt()))
                .append("endsAt", Date.from(e.endsAt()))
                .append("capacity", e.capacity())
                .append("sdgs", e.sdgs())
                .append("version", e.version())
                .append("createdAt", Date.from(e.createdAt()))
                .append("updatedAt", Date.from(e.updatedAt()));
    }

    private static ExchangeEvent fromDocument(Document d) {
        String host = d.getString("hostOrganizationId");
        return new ExchangeEvent(UUID.fromString(d.getString("_id")), EventKind.valueOf(d.getString("kind")),
                d.getString("title"), host == null ? null : UUID.fromString(host), d.getString("country"),
                EventStatus.valueOf(d.getString("status")), d.getDate("startsAt").toInstant(),
                d.getDate("endsAt").toInstant(), d.getInteger("capacity"), d.getList("sdgs", Integer.class),
                d.get("version", Number.class).longValue(), d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant());
    }
}
