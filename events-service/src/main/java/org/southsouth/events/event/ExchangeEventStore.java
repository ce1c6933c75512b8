package org.southsouth.events.event;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.expr;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.access.Visibility;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.journal.JournalEntries;
import org.southsouth.events.messaging.DocumentOutbox;
import org.southsouth.events.participation.AttendanceCounters;
import org.southsouth.events.rest.MongoSort;
import org.southsouth.events.statistics.StatisticsMonths;

/** The {@code events} collection: one document per event, with its seat counters and pending outbox events. */
@ApplicationScoped
public class ExchangeEventStore {

    public static final String COLLECTION = "events";
    private static final Map<String, String> SORTABLE = Map.of(
            "startsAt",
            "startsAt",
            "endsAt",
            "endsAt",
            "title",
            "title",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt",
            "country",
            "country",
            "year",
            "year");
    /** The seats taken in the event's latest journaled state; seats move without the event's version. */
    private static final String JOURNALED_SEATS = "journaledSeats";

    private static final int MAX_ATTEMPTS = 10;
    private static final Bson WITHOUT_OUTBOX = Projections.exclude(DocumentOutbox.FIELD, JournalEntries.FIELD);

    @Inject
    EventsDatabase database;

    @Inject
    JournalEntries journal;

    @Inject
    AttendanceCounters attendance;

    @Inject
    StatisticsMonths statistics;

    void createIndexes(@Observes StartupEvent startup) {
        MongoCollection<Document> events = collection();
        events.createIndex(Indexes.ascending("updatedAt", "_id"), new IndexOptions().name("updatedAt_id"));
        events.createIndex(Indexes.ascending("startsAt", "_id"), new IndexOptions().name("startsAt_id"));
        events.createIndex(
                Indexes.ascending("status", "kind", "startsAt"), new IndexOptions().name("status_kind_startsAt"));
        events.createIndex(Indexes.ascending("country", "startsAt"), new IndexOptions().name("country_startsAt"));
        events.createIndex(Indexes.ascending("sdgs"), new IndexOptions().name("sdgs"));
        events.createIndex(Indexes.ascending("year", "kind"), new IndexOptions().name("year_kind"));
        events.createIndex(
                Indexes.ascending("hostOrganizationId", "startsAt"), new IndexOptions().name("host_startsAt"));
        events.createIndex(Indexes.ascending("partnerOrganizationIds"), new IndexOptions().name("partners"));
        events.createIndex(Indexes.ascending("languages"), new IndexOptions().name("languages"));
        events.createIndex(
                Indexes.ascending(DocumentOutbox.FIELD + ".id"),
                new IndexOptions().name("outbox_pending").sparse(true));
    }

    /** Stores a new event and its pending outbox and journal entries in one write. */
    public void insert(ExchangeEvent event, Document outboxEntry) {
        collection()
                .insertOne(EventDocuments.toDocument(event)
                        .append(DocumentOutbox.FIELD, List.of(outboxEntry))
                        .append(JournalEntries.FIELD, List.of(journaled(event)))
                        .append(JOURNALED_SEATS, event.seatsTaken()));
    }

    public ExchangeEvent find(UUID id) {
        Document doc = collection()
                .find(eq("_id", id.toString()))
                .projection(WITHOUT_OUTBOX)
                .first();
        return doc == null ? null : EventDocuments.fromDocument(doc);
    }

    /**
     * Replaces the details if the event is still at {@code expected}'s version and seat count (seats left are
     * derived from both), with its outbox and journal entries, in one write. False when someone changed it in between.
     * A move of the venue's country recounts the event's attendance ({@link AttendanceCounters#change}); a counted
     * event's change recounts the statistics of its month and of the month it moves to ({@link StatisticsMonths}).
     */
    public boolean updateDetails(ExchangeEvent expected, EventDetails details, Instant now, Document outboxEntry) {
        // Who came from abroad depends on where the venue is.
        List<UUID> venueMoved = Objects.equals(expected.details().venueCountry(), details.venueCountry())
                ? List.of()
                : List.of(expected.id());
        Integer capacity = details.capacity();
        ExchangeEvent next = new ExchangeEvent(
                expected.id(),
                details,
                expected.status(),
                expected.seatsTaken(),
                expected.version() + 1,
                expected.createdAt(),
                now,
                expected.statusChangedAt());
        Bson update = Updates.combine(
                Updates.set("seatsLeft", capacity == null ? null : capacity - expected.seatsTaken()),
                Updates.set("updatedAt", Bsons.date(now)),
                Updates.inc("version", 1),
                Updates.push(DocumentOutbox.FIELD, outboxEntry),
                Updates.push(JournalEntries.FIELD, journaled(next)),
                Updates.set(JOURNALED_SEATS, next.seatsTaken()));
        List<Bson> sets = new ArrayList<>(List.of(update));
        EventDocuments.detailFields(details).forEach((field, value) -> sets.add(Updates.set(field, value)));
        Bson asRead = and(
                eq("_id", expected.id().toString()),
                eq("version", expected.version()),
                eq("seatsTaken", expected.seatsTaken()));
        Set<String> months = EventStatus.COUNTED.contains(expected.status())
                ? new TreeSet<>(List.of(
                        StatisticsMonths.monthOf(expected.details().startsAt()),
                        StatisticsMonths.monthOf(details.startsAt())))
                : Set.<String>of();
        return statistics.change(
                months,
                () -> attendance.change(
                        venueMoved,
                        () -> collection()
                                        .updateOne(asRead, Updates.combine(sets))
                                        .getModifiedCount()
                                == 1,
                        // The months are recounted after the counters by this change: not twice.
                        id -> attendance.recountMarked(id, months)));
    }

    /**
     * Moves the event to {@code status} if still at {@code expected}'s version; a move that counts it, stops counting
     * it or completes it recounts the statistics of its month ({@link StatisticsMonths}).
     */
    public boolean changeStatus(ExchangeEvent expected, ExchangeEvent next, Document outboxEntry) {
        Set<String> months = figuresMove(expected.status(), next.status())
                ? Set.of(StatisticsMonths.monthOf(expected.details().startsAt()))
                : Set.of();
        return statistics.change(
                months,
                () -> collection()
                                .updateOne(
                                        and(eq("_id", expected.id().toString()), eq("version", expected.version())),
                                        Updates.combine(
                                                Updates.set(
                                                        "status", next.status().name()),
                                                Updates.set("updatedAt", Bsons.date(next.updatedAt())),
                                                Updates.set(
                                                        EventDocuments.STATUS_CHANGED_AT,
                                                        Bsons.date(next.statusChangedAt())),
                                                Updates.inc("version", 1),
                                                Updates.push(DocumentOutbox.FIELD, outboxEntry),
                                                Updates.push(JournalEntries.FIELD, journaled(next)),
                                                Updates.set(JOURNALED_SEATS, next.seatsTaken())))
                                .getModifiedCount()
                        == 1);
    }

    /** Whether the event's figures move: it starts or stops counting, or its visits, missions and people count. */
    private static boolean figuresMove(EventStatus from, EventStatus to) {
        return EventStatus.COUNTED.contains(from) != EventStatus.COUNTED.contains(to)
                || (from == EventStatus.COMPLETED) != (to == EventStatus.COMPLETED);
    }

    /**
     * Journals the event's seats as they are now unless its latest entry has them: call after a change of the seats
     * (which moves no version). The entry is pushed only while the event is as read, so it holds the true count;
     * one that a crash left out is journaled by {@link #journalStaleSeats()}.
     */
    public void journalSeats(UUID id) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document doc = collection()
                    .find(eq("_id", id.toString()))
                    .projection(WITHOUT_OUTBOX)
                    .first();
            if (doc == null || sameNumber(doc.get(JOURNALED_SEATS), doc.get("seatsTaken"))) {
                return;
            }
            ExchangeEvent event = EventDocuments.fromDocument(doc);
            if (collection()
                            .updateOne(
                                    and(
                                            eq("_id", id.toString()),
                                            eq("version", event.version()),
                                            eq("seatsTaken", doc.get("seatsTaken")),
                                            eq(JOURNALED_SEATS, doc.get(JOURNALED_SEATS))),
                                    Updates.combine(
                                            Updates.set(JOURNALED_SEATS, doc.get("seatsTaken")),
                                            Updates.push(JournalEntries.FIELD, journaled(event))))
                            .getModifiedCount()
                    == 1) {
                return;
            }
        }
    }

    /** Journals the seats of every event whose latest entry does not have them; returns how many it looked at. */
    public int journalStaleSeats() {
        List<UUID> stale = collection()
                .find(expr(new Document("$ne", List.of("$seatsTaken", "$" + JOURNALED_SEATS))))
                .projection(Projections.include("_id"))
                .map(d -> UUID.fromString(d.getString("_id")))
                .into(new ArrayList<>());
        stale.forEach(this::journalSeats);
        return stale.size();
    }

    private static boolean sameNumber(Object a, Object b) {
        return a instanceof Number x && b instanceof Number y && x.longValue() == y.longValue();
    }

    /** The event's journal entry, its state as a later read gives it (times to the millisecond). */
    private Document journaled(ExchangeEvent event) {
        return journal.event(EventDocuments.fromDocument(EventDocuments.toDocument(event)));
    }

    public List<ExchangeEvent> page(EventFilter filter, Visibility visibility, String sort, int page, int size) {
        return collection()
                .find(EventQuery.of(filter, visibility))
                .projection(WITHOUT_OUTBOX)
                .sort(MongoSort.parse(sort, "startsAt", SORTABLE))
                .skip(page * size)
                .limit(size)
                .map(EventDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    public long count(EventFilter filter, Visibility visibility) {
        return collection().countDocuments(EventQuery.of(filter, visibility));
    }

    public MongoCollection<Document> collection() {
        return database.collection(COLLECTION);
    }
}
