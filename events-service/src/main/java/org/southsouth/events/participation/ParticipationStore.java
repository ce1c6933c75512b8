package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.EventDocuments;
import org.southsouth.events.journal.JournalEntries;
import org.southsouth.events.journal.RecordJournal;
import org.southsouth.events.messaging.DocumentOutbox;
import org.southsouth.events.rest.MongoSort;
import org.southsouth.journal.ChangeKind;

/**
 * The {@code participations} collection: one document per participant and event, with its pending events. Each write
 * that can move an event's attendance counts (a participation to or from ATTENDED, stored so, or removed) is made
 * through {@link AttendanceCounters#change}.
 */
@ApplicationScoped
public class ParticipationStore {

    public static final String COLLECTION = "participations";
    private static final String SEAT = "seat";
    private static final Map<String, String> SORTABLE = Map.of(
            "registeredAt",
            "registeredAt",
            "updatedAt",
            "updatedAt",
            "name",
            "name",
            "status",
            "status",
            "role",
            "role");
    private static final Bson WITHOUT_OUTBOX = Projections.exclude(DocumentOutbox.FIELD, JournalEntries.FIELD);

    private static final int MAX_ATTEMPTS = 10;

    @Inject
    EventsDatabase database;

    @Inject
    JournalEntries journal;

    @Inject
    RecordJournal recordJournal;

    @Inject
    AttendanceCounters attendance;

    void createIndexes(@Observes StartupEvent startup) {
        MongoCollection<Document> participations = collection();
        participations.createIndex(
                Indexes.ascending("eventId", ParticipationDocuments.PARTICIPANT_KEY),
                new IndexOptions()
                        .name("one_live_participation_per_participant")
                        .unique(true));
        participations.createIndex(
                Indexes.ascending("eventId", "status", "registeredAt", "_id"), new IndexOptions().name("waitlist"));
        participations.createIndex(
                Indexes.ascending("eventId", "updatedAt", "_id"), new IndexOptions().name("event_updatedAt"));
        participations.createIndex(
                Indexes.ascending("volunteerId"),
                new IndexOptions().name("volunteer").sparse(true));
        participations.createIndex(
                Indexes.ascending("organizationId", "eventId"), new IndexOptions().name("organization"));
        participations.createIndex(
                Indexes.ascending("groupId"), new IndexOptions().name("group").sparse(true));
        participations.createIndex(
                Indexes.ascending(DocumentOutbox.FIELD + ".id"),
                new IndexOptions().name("outbox_pending").sparse(true));
        // Redundant on MongoDB (_id is unique), but the Mongo-wire stand-in serves a query from a unique index only
        // when the query names exactly its keys: this one spares each compare-and-set on a version (atVersion) a scan.
        participations.createIndex(
                Indexes.ascending("_id", "version"),
                new IndexOptions().name("compare_and_set").unique(true));
        participations.createIndex(
                Indexes.ascending(SEAT),
                new IndexOptions()
                        .name("one_holder_per_claimed_seat")
                        .unique(true)
                        .sparse(true));
    }

    /**
     * Stores the participation holding the claimed seat {@code seat} (null when waitlisted) with its outbox and journal
     * entries; false when this participant already holds a live one, or the seat was voided.
     */
    boolean insert(Participation participation, String seat, Document outboxEntry) {
        Document doc = ParticipationDocuments.toDocument(participation)
                .append(DocumentOutbox.FIELD, List.of(outboxEntry))
                .append(JournalEntries.FIELD, List.of(journaled(participation, ChangeKind.WRITTEN)));
        return attendance.change(
                attendedIn(List.of(participation)),
                () -> unlessDuplicate(() -> {
                    collection().insertOne(seat == null ? doc : doc.append(SEAT, seat));
                    return true;
                }),
                attendance::recountMarked);
    }

    /**
     * Stores the participations in one write, each document with its outbox and journal entries; returns the
     * positions of those refused as duplicates (a participant holding a live participation, an id or a seat taken).
     * The events whose attendance this moves go to {@code recount}.
     */
    Set<Integer> insertAll(List<RegisteredParticipation> written, Consumer<UUID> recount) {
        List<Participation> states = new ArrayList<>();
        written.forEach(w -> w.states().forEach(p -> states.add(asStored(p))));
        Iterator<Document> entries = journal.participations(states).iterator();
        List<Document> docs = new ArrayList<>(written.size());
        for (RegisteredParticipation w : written) {
            List<Document> journaled = new ArrayList<>();
            w.states().forEach(p -> journaled.add(entries.next()));
            Document doc = ParticipationDocuments.toDocument(w.stored())
                    .append(DocumentOutbox.FIELD, w.outbox())
                    .append(JournalEntries.FIELD, journaled);
            docs.add(w.seat() == null ? doc : doc.append(SEAT, w.seat()));
        }
        List<Participation> stored =
                written.stream().map(RegisteredParticipation::stored).toList();
        return attendance.change(
                attendedIn(stored), () -> EventsDatabase.insertAllUnlessDuplicate(collection(), docs), recount);
    }

    /** The events where some of {@code stored} attend: storing them moves those events' counts. */
    private static Set<UUID> attendedIn(List<Participation> stored) {
        Set<UUID> events = new LinkedHashSet<>();
        stored.stream().filter(p -> p.status() == ParticipationStatus.ATTENDED).forEach(p -> events.add(p.eventId()));
        return events;
    }

    /**
     * Voids a claimed seat no participation took, so none can take it later: a placeholder holds its slot (and no
     * event, so no query of an event's participations meets it). False when a participation holds it.
     */
    boolean voidSeat(String seat) {
        String placeholder = "void-seat:" + seat;
        boolean voided = unlessDuplicate(() -> {
            collection()
                    .insertOne(new Document("_id", placeholder)
                            .append(SEAT, seat)
                            .append(ParticipationDocuments.PARTICIPANT_KEY, placeholder));
            return true;
        });
        if (voided) {
            return true;
        }
        Document holder = collection()
                .find(eq(SEAT, seat))
                .projection(Projections.include("_id"))
                .first();
        return holder != null && placeholder.equals(holder.getString("_id"));
    }

    /**
     * Removes participations whose registration could not complete (e.g. another member of the group was a duplicate),
     * and journals their removal: the relay may have moved their first entries already. Their events are recounted,
     * in case one was marked ATTENDED meanwhile.
     */
    public void delete(List<UUID> ids) {
        Bson removed = com.mongodb.client.model.Filters.in("_id", Bsons.ids(ids));
        List<Document> gone = collection()
                .find(removed)
                .projection(Projections.include("eventId"))
                .into(new ArrayList<>());
        Set<UUID> events = new LinkedHashSet<>();
        gone.forEach(doc -> events.add(UUID.fromString(doc.getString("eventId"))));
        attendance.change(events, () -> collection().deleteMany(removed), attendance::recountMarked);
        gone.forEach(doc -> recordJournal.insert(journal.participationDeleted(
                UUID.fromString(doc.getString("_id")), UUID.fromString(doc.getString("eventId")))));
    }

    /** The participation {@code id} of the event; null when there is none or it is another event's. */
    public Participation find(UUID eventId, UUID id) {
        // Asked by _id alone and the event checked here: the Mongo-wire stand-in answers only that from an index.
        Document doc = collection()
                .find(eq("_id", id.toString()))
                .projection(WITHOUT_OUTBOX)
                .first();
        return doc == null || !eventId.toString().equals(doc.getString("eventId"))
                ? null
                : ParticipationDocuments.fromDocument(doc);
    }

    /** The live participation of a participant with this key, to name it in a conflict. */
    public Participation findLive(Participation candidate) {
        Document doc = collection()
                .find(and(
                        eq("eventId", candidate.eventId().toString()),
                        eq(ParticipationDocuments.PARTICIPANT_KEY, ParticipationDocuments.participantKey(candidate))))
                .projection(WITHOUT_OUTBOX)
                .first();
        return doc == null ? null : ParticipationDocuments.fromDocument(doc);
    }

    /** The next in line: the earliest waitlisted registration, ties broken by id. */
    public Participation firstWaitlisted(UUID eventId) {
        Document doc = collection()
                .find(and(eq("eventId", eventId.toString()), eq("status", ParticipationStatus.WAITLISTED.name())))
                .projection(WITHOUT_OUTBOX)
                .sort(Sorts.ascending("registeredAt", "_id"))
                .first();
        return doc == null ? null : ParticipationDocuments.fromDocument(doc);
    }

    /** The waitlisted members of a group, in their registration order. */
    public List<Participation> waitlistedOfGroup(UUID eventId, UUID groupId) {
        return collection()
                .find(and(
                        eq("eventId", eventId.toString()),
                        eq("status", ParticipationStatus.WAITLISTED.name()),
                        eq("groupId", groupId.toString())))
                .projection(WITHOUT_OUTBOX)
                .sort(Sorts.ascending("registeredAt", "_id"))
                .map(ParticipationDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    /**
     * Moves {@code expected} to {@code next} if it is still at the same version, with its outbox entry, in one
     * write; the participant key changes with it so a cancelled participant may register again. The event goes to
     * {@code recount} when this moves its attendance.
     */
    boolean changeStatus(Participation expected, Participation next, Document outboxEntry, Consumer<UUID> recount) {
        return attendance.change(
                attendanceMovedBy(expected, next),
                () -> collection()
                                .updateOne(
                                        atVersion(expected.id(), expected.version()), statusChange(next, outboxEntry))
                                .getModifiedCount()
                        == 1,
                recount);
    }

    /** Promotes {@code waitlisted} to {@code promoted}, holding the claimed seat {@code seat}, as {@link #changeStatus}. */
    boolean promote(Participation waitlisted, Participation promoted, String seat, Document outboxEntry) {
        return attendance.change(
                attendanceMovedBy(waitlisted, promoted),
                () -> unlessDuplicate(() -> collection()
                                .updateOne(
                                        atVersion(waitlisted.id(), waitlisted.version()),
                                        Updates.combine(statusChange(promoted, outboxEntry), Updates.set(SEAT, seat)))
                                .getModifiedCount()
                        == 1),
                attendance::recountMarked);
    }

    private static List<UUID> attendanceMovedBy(Participation from, Participation to) {
        return from.status().changesAttended(to.status()) ? List.of(from.eventId()) : List.of();
    }

    private Bson statusChange(Participation next, Document outboxEntry) {
        return Updates.combine(
                Updates.set("status", next.status().name()),
                Updates.set(ParticipationDocuments.PARTICIPANT_KEY, ParticipationDocuments.participantKey(next)),
                Updates.set("updatedAt", Bsons.date(next.updatedAt())),
                Updates.set("version", next.version()),
                Updates.set(EventDocuments.STATUS_CHANGED_AT, Bsons.date(next.statusChangedAt())),
                Updates.push(DocumentOutbox.FIELD, outboxEntry),
                Updates.push(JournalEntries.FIELD, journaled(next, ChangeKind.WRITTEN)));
    }

    /**
     * The participation {@code id} while at {@code version}: a plain document rather than {@code Filters.and}, which
     * the driver sends as {@code $and}, so that the stand-in finds it by the compare_and_set index.
     */
    private static Bson atVersion(UUID id, long version) {
        return new Document("_id", id.toString()).append("version", version);
    }

    /** The participation's journal entry, its state as a later read gives it (times to the millisecond). */
    private Document journaled(Participation participation, ChangeKind kind) {
        return journal.participation(asStored(participation), kind);
    }

    private static Participation asStored(Participation participation) {
        return ParticipationDocuments.fromDocument(ParticipationDocuments.toDocument(participation));
    }

    /** The write's outcome; false when it broke a unique index. */
    private static boolean unlessDuplicate(BooleanSupplier write) {
        try {
            return write.getAsBoolean();
        } catch (MongoWriteException e) {
            if (EventsDatabase.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    public List<Participation> page(
            ParticipationFilter filter, ParticipantScope scope, String sort, int page, int size) {
        return collection()
                .find(matching(filter, scope))
                .projection(WITHOUT_OUTBOX)
                .sort(MongoSort.parse(sort, "registeredAt", SORTABLE))
                .skip(page * size)
                .limit(size)
                .map(ParticipationDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    public long count(ParticipationFilter filter, ParticipantScope scope) {
        return collection().countDocuments(matching(filter, scope));
    }

    /** Ids of the participations of a volunteer. */
    public List<UUID> idsOfVolunteer(UUID volunteerId) {
        return collection()
                .find(eq("volunteerId", volunteerId.toString()))
                .projection(Projections.include("_id"))
                .map(d -> UUID.fromString(d.getString("_id")))
                .into(new ArrayList<>());
    }

    /**
     * Drops the personal data of one participation, keeping what counts need (event, role, status, organization), as a
     * new version journaled as ERASED. Nothing to do when it is erased already.
     */
    public void erasePersonalData(UUID id, Instant now) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document doc = collection()
                    .find(eq("_id", id.toString()))
                    .projection(WITHOUT_OUTBOX)
                    .first();
            if (doc == null || Boolean.TRUE.equals(doc.getBoolean("erased"))) {
                return;
            }
            Participation p = ParticipationDocuments.fromDocument(doc);
            Participation erased = new Participation(
                    id,
                    p.eventId(),
                    p.eventKind(),
                    p.eventCountry(),
                    null,
                    p.organizationId(),
                    null,
                    p.role(),
                    p.status(),
                    p.groupId(),
                    true,
                    p.registeredAt(),
                    p.version() + 1,
                    now,
                    p.statusChangedAt());
            UpdateResult written = collection()
                    .updateOne(
                            atVersion(id, p.version()),
                            Updates.combine(
                                    Updates.unset("volunteerId"),
                                    Updates.unset("name"),
                                    Updates.set("erased", true),
                                    Updates.set(ParticipationDocuments.PARTICIPANT_KEY, "erased:" + id),
                                    Updates.set("updatedAt", Bsons.date(now)),
                                    Updates.set("version", erased.version()),
                                    Updates.push(JournalEntries.FIELD, journaled(erased, ChangeKind.ERASED))));
            if (written.getModifiedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("Participation " + id + " kept changing while its personal data was erased");
    }

    MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }

    private static Bson matching(ParticipationFilter c, ParticipantScope scope) {
        List<Bson> filters = new ArrayList<>(List.of(eq("eventId", c.eventId().toString())));
        if (scope.organizationId() != null) {
            filters.add(eq("organizationId", scope.organizationId().toString()));
        }
        if (scope.volunteerId() != null) {
            filters.add(eq("volunteerId", scope.volunteerId().toString()));
        }
        if (c.status() != null) {
            filters.add(eq("status", c.status().name()));
        }
        if (c.role() != null) {
            filters.add(eq("role", c.role().name()));
        }
        if (c.organizationId() != null) {
            filters.add(eq("organizationId", c.organizationId().toString()));
        }
        if (c.volunteerId() != null) {
            filters.add(eq("volunteerId", c.volunteerId().toString()));
        }
        if (c.groupId() != null) {
            filters.add(eq("groupId", c.groupId().toString()));
        }
        if (c.updatedSince() != null) {
            filters.add(gte("updatedAt", Bsons.date(c.updatedSince())));
        }
        return and(filters);
    }
}
