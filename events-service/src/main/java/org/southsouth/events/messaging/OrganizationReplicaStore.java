package org.southsouth.events.messaging;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * The {@code organizations} replica, fed by partner-service's events. Every write is conditional on the sequence the
 * replica holds, so duplicates and stale events change nothing. A write that moves an organization's country
 * recounts the events its experts attended ({@link AttendanceCounters#moveOrganization}): whether they came from
 * abroad follows the organization's country as the replica knows it now.
 */
@ApplicationScoped
public class OrganizationReplicaStore {

    public static final String COLLECTION = "organizations";

    private static final String SEQUENCE = "sequence";
    private static final int MAX_ATTEMPTS = 10;

    @Inject
    EventsDatabase database;

    @Inject
    AttendanceCounters attendance;

    void createIndexes(@Observes StartupEvent startup) {
        // Redundant on MongoDB (_id is unique), but the Mongo-wire stand-in serves a query from a unique index only
        // when the query names exactly its keys: this one spares each compare-and-set of upsert a scan.
        collection()
                .createIndex(
                        Indexes.ascending("_id", SEQUENCE),
                        new IndexOptions().name("compare_and_set").unique(true));
    }

    /** Applies the organization's state at its sequence; false when the replica already holds that or a later one. */
    public boolean upsert(KnownOrganization organization) {
        KnownOrganization before = find(organization.id());
        return movesCountry(before, organization)
                ? attendance.moveOrganization(organization.id(), () -> write(organization, before))
                : write(organization, before);
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

    /**
     * A compare-and-set on the state read ({@code current}), read again when another write came first, so that every
     * command is served by an index on the Mongo-wire stand-in too: a filter with a sequence range was a scan of the
     * whole collection there for every organization event.
     */
    private boolean write(KnownOrganization organization, KnownOrganization current) {
        String id = organization.id().toString();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (current == null) {
                if (EventsDatabase.insertUnlessDuplicate(
                        collection(), state(organization).append("_id", id))) {
                    return true;
                }
            } else if (current.sequence() >= organization.sequence()) {
                return false;
            } else if (collection()
                            .updateOne(
                                    new Document("_id", id).append(SEQUENCE, current.sequence()),
                                    new Document("$set", state(organization)))
                            .getModifiedCount()
                    == 1) {
                return true;
            }
            current = find(organization.id());
        }
        throw new IllegalStateException("Organization " + id + " kept changing while the replica applied an event");
    }

    private static Document state(KnownOrganization organization) {
        return new Document("name", organization.name())
                .append("country", organization.country())
                .append("status", organization.status())
                .append(SEQUENCE, organization.sequence());
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
                            Bsons.number(d, SEQUENCE)));
        });
        return known;
    }

    private MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
