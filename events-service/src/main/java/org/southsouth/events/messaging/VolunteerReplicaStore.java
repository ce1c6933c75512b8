package org.southsouth.events.messaging;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;

/**
 * The {@code volunteers} replica, fed by volunteer-service's events. Every write is a conditional upsert gated by
 * the event's sequence, so duplicates and stale events change nothing and an erased volunteer stays erased.
 */
@ApplicationScoped
public class VolunteerReplicaStore {

    public static final String COLLECTION = "volunteers";

    private static final String SEQUENCE = "sequence";
    private static final String ERASED = "erased";
    private static final int MAX_ATTEMPTS = 10;

    @Inject
    EventsDatabase database;

    void createIndexes(@Observes StartupEvent startup) {
        // Redundant on MongoDB (_id is unique), but the Mongo-wire stand-in serves a query from a unique index only
        // when the query names exactly its keys: this one spares each compare-and-set of upsert a scan.
        collection()
                .createIndex(
                        Indexes.ascending("_id", SEQUENCE, ERASED),
                        new IndexOptions().name("compare_and_set").unique(true));
    }

    /**
     * Applies the volunteer's state at {@code sequence}; false when the replica already holds that or a later one, or
     * the volunteer is erased. A compare-and-set on the state read, so that every command is served by an index on
     * the Mongo-wire stand-in too (a filter with a sequence range would be a scan of the whole collection there).
     */
    public boolean upsert(KnownVolunteer volunteer) {
        String id = volunteer.id().toString();
        // A volunteer's first state (a registration) is new to the replica but for a repeat: it is inserted unread.
        if (volunteer.sequence() == 1
                && EventsDatabase.insertUnlessDuplicate(
                        collection(), state(volunteer).append("_id", id))) {
            return true;
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = collection()
                    .find(eq("_id", id))
                    .projection(Projections.include(SEQUENCE, ERASED))
                    .first();
            if (current == null) {
                if (EventsDatabase.insertUnlessDuplicate(
                        collection(), state(volunteer).append("_id", id))) {
                    return true;
                }
            } else if (Boolean.TRUE.equals(current.getBoolean(ERASED))
                    || Bsons.number(current, SEQUENCE) >= volunteer.sequence()) {
                return false;
            } else if (collection()
                            .updateOne(
                                    new Document("_id", id)
                                            .append(SEQUENCE, current.get(SEQUENCE))
                                            .append(ERASED, current.get(ERASED)),
                                    new Document("$set", state(volunteer)))
                            .getModifiedCount()
                    == 1) {
                return true;
            }
        }
        throw new IllegalStateException("Volunteer " + id + " kept changing while the replica applied an event");
    }

    private static Document state(KnownVolunteer volunteer) {
        return new Document("name", volunteer.name())
                .append("nationality", volunteer.nationality())
                .append("homeOrganizationId", Bsons.id(volunteer.homeOrganizationId()))
                .append("status", volunteer.status())
                .append(ERASED, false)
                .append(SEQUENCE, volunteer.sequence());
    }

    /** Forgets everything personal about the volunteer, keeping only that the id is erased. */
    public void erase(UUID id, long sequence) {
        collection()
                .updateOne(
                        eq("_id", id.toString()),
                        Updates.combine(
                                Updates.unset("name"),
                                Updates.unset("nationality"),
                                Updates.unset("homeOrganizationId"),
                                Updates.set("status", "ERASED"),
                                Updates.set("erased", true),
                                Updates.max("sequence", sequence)),
                        new UpdateOptions().upsert(true));
    }

    public KnownVolunteer find(UUID id) {
        Document d = collection().find(eq("_id", id.toString())).first();
        return d == null ? null : known(d);
    }

    /** The replica's volunteers among {@code ids}, by id (one query, by the {@code _id} index). */
    public Map<UUID, KnownVolunteer> findAll(Collection<UUID> ids) {
        Map<UUID, KnownVolunteer> known = new HashMap<>();
        collection()
                .find(in("_id", Bsons.ids(ids)))
                .forEach(d -> known.put(UUID.fromString(d.getString("_id")), known(d)));
        return known;
    }

    private static KnownVolunteer known(Document d) {
        return new KnownVolunteer(
                UUID.fromString(d.getString("_id")),
                d.getString("name"),
                d.getString("nationality"),
                Bsons.uuid(d.get("homeOrganizationId")),
                d.getString("status"),
                Boolean.TRUE.equals(d.getBoolean("erased")),
                Bsons.number(d, "sequence"));
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
