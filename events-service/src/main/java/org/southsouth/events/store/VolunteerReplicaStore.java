package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.domain.KnownVolunteer;

/**
 * The {@code volunteers} replica, fed by volunteer-service's events. Every write is a conditional upsert gated by
 * the event's sequence, so duplicates and stale events change nothing and an erased volunteer stays erased.
 */
@ApplicationScoped
public class VolunteerReplicaStore {

    public static final String COLLECTION = "volunteers";

    @Inject
    EventsDatabase database;

    /** Applies the volunteer's state at {@code sequence}; false when the replica already holds that or a later one. */
    public boolean upsert(KnownVolunteer volunteer) {
        return EventsDatabase.upsertIfGated(
                collection(),
                and(eq("_id", volunteer.id().toString()), lt("sequence", volunteer.sequence()), ne("erased", true)),
                Updates.combine(
                        Updates.set("name", volunteer.name()),
                        Updates.set("nationality", volunteer.nationality()),
                        Updates.set("homeOrganizationId", Bsons.id(volunteer.homeOrganizationId())),
                        Updates.set("status", volunteer.status()),
                        Updates.set("erased", false),
                        Updates.set("sequence", volunteer.sequence())));
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
