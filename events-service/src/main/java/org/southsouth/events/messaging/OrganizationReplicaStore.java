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
import java.util.Objects;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.participation.AttendanceCounters;

/**
 * The {@code organizations} replica, fed by partner-service's events. Every write is a conditional upsert gated by
 * the event's sequence, so duplicates and stale events change nothing. A write that moves an organization's country
 * recounts the events its experts attended ({@link AttendanceCounters#moveOrganization}): whether they came from
 * abroad follows the organization's country as the replica knows it now.
 */
@ApplicationScoped
public class OrganizationReplicaStore {

    public static final String COLLECTION = "organizations";

    @Inject
    EventsDatabase database;

    @Inject
    AttendanceCounters attendance;

    /** Applies the organization's state at its sequence; false when the replica already holds that or a later one. */
    public boolean upsert(KnownOrganization organization) {
        return movesCountry(find(organization.id()), organization)
                ? attendance.moveOrganization(organization.id(), () -> write(organization))
                : write(organization);
    }

    /**
     * Whether {@code next} gives the organization another country than the replica holds, or was applied already (an
     * interrupted apply, redelivered: its recounts are done again).
     */
    private static boolean movesCountry(KnownOrganization before, KnownOrganization next) {
        if (before == null) {
            return next.country() != null;
        }
        return before.sequence() == next.sequence()
                || (before.sequence() < next.sequence() && !Objects.equals(before.country(), next.country()));
    }

    private boolean write(KnownOrganization organization) {
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
