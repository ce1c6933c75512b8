package org.southsouth.events.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;

/**
 * The {@code organizations} replica, fed by partner-service's events. Every write is a conditional upsert gated by
 * the event's sequence, so duplicates and stale events change nothing.
 */
@ApplicationScoped
public class OrganizationReplicaStore {

    public static final String COLLECTION = "organizations";

    @Inject
    EventsDatabase database;

    /** Applies the organization's state at its sequence; false when the replica already holds that or a later one. */
    public boolean upsert(KnownOrganization organization) {
        return EventsDatabase.upsertIfGated(
                collection(),
                and(eq("_id", organization.id().toString()), lt("sequence", organization.sequence())),
                Updates.combine(
                        Updates.set("name", organization.name()),
                        Updates.set("country", organization.country()),
                        Updates.set("status", organization.status()),
                        Updates.set("sequence", organization.sequence())));
    }

    public KnownOrganization find(UUID id) {
        return findAll(List.of(id)).get(id);
    }

    /** The known ones among {@code ids}, by id; unknown ids are absent. */
    public Map<UUID, KnownOrganization> findAll(Collection<UUID> ids) {
        Map<UUID, KnownOrganization> known = new HashMap<>();
        collection().find(in("_id", ids.stream().map(UUID::toString).toList())).forEach(d -> {
            UUID id = UUID.fromString(d.getString("_id"));
            known.put(
                    id,
                    new KnownOrganization(
                            id,
                            d.getString("name"),
                            d.getString("country"),
                            d.getString("status"),
                            Bsons.number(d, "sequence")));
        });
        return known;
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
