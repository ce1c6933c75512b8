package org.southsouth.events.rest;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.EventsDatabase;

/**
 * The callers' own ids for records of batches ({@code external_ids}, unique per client, record family and external
 * id): a re-sent batch finds the records it created instead of duplicating them. Without multi-document
 * transactions an id is claimed before its record is written, so a second claim of it always meets the first.
 */
@ApplicationScoped
public class ExternalIdStore {

    public static final String COLLECTION = "external_ids";

    @Inject
    EventsDatabase database;

    void createIndexes(@Observes StartupEvent startup) {
        collection()
                .createIndex(
                        Indexes.ascending("clientId", "family", "externalId"),
                        new IndexOptions().name("one_record_per_external_id").unique(true));
    }

    /** The record this client's external id names in the family, if any. */
    public Optional<UUID> find(String clientId, String family, String externalId) {
        Document mapping = collection().find(key(clientId, family, externalId)).first();
        return Optional.ofNullable(mapping).map(d -> UUID.fromString(d.getString("recordId")));
    }

    /**
     * Names {@code recordId} with the client's external id unless it already names a record; returns the record it
     * names afterwards ({@code recordId}, or the one a concurrent batch of the client claimed it for first).
     */
    public UUID claim(String clientId, String family, String externalId, UUID recordId) {
        try {
            collection()
                    .insertOne(key(clientId, family, externalId)
                            .append("recordId", recordId.toString())
                            .append("createdAt", new Date()));
            return recordId;
        } catch (MongoWriteException e) {
            if (!EventsDatabase.isDuplicateKey(e)) {
                throw e;
            }
            return find(clientId, family, externalId).orElseThrow(() -> e);
        }
    }

    /**
     * Claims each of the client's external ids for its record as {@link #claim} does, in one write; returns the
     * external ids that already named a record (each then names the record it named before).
     */
    public Set<String> claimAll(String clientId, String family, Map<String, UUID> recordByExternalId) {
        List<Document> claims = new ArrayList<>();
        List<String> externalIds = new ArrayList<>(recordByExternalId.keySet());
        Date now = new Date();
        externalIds.forEach(externalId -> claims.add(key(clientId, family, externalId)
                .append("recordId", recordByExternalId.get(externalId).toString())
                .append("createdAt", now)));
        if (claims.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>();
        EventsDatabase.insertAllUnlessDuplicate(collection(), claims).forEach(i -> taken.add(externalIds.get(i)));
        return taken;
    }

    /** Frees the external id claimed for {@code recordId} whose write failed, so it names nothing. */
    public void release(String clientId, String family, String externalId, UUID recordId) {
        collection().deleteOne(and(key(clientId, family, externalId), eq("recordId", recordId.toString())));
    }

    /**
     * A plain document rather than {@code Filters.and}, which the driver sends as {@code $and}: the Mongo-wire
     * stand-in serves only a query naming exactly an index's keys from that index, and scans for any other.
     */
    private static Document key(String clientId, String family, String externalId) {
        return new Document("clientId", clientId).append("family", family).append("externalId", externalId);
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
