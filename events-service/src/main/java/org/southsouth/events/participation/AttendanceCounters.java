package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.config.EventsSettings;
import org.southsouth.events.event.EventDetails;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.OrganizationReplicaStore;
import org.southsouth.events.statistics.CountRevisions;
import org.southsouth.events.statistics.StatisticsMonths;

/**
 * Each event's ATTENDED participations by role ({@code attendedByRole}) and its ATTENDED experts from abroad
 * ({@code expertsFromAbroad}, see {@link ExpertsFromAbroad}), kept on the event document so the statistics read events
 * only, exact by the {@link CountRevisions} protocol over the fields {@code attendanceRevision},
 * {@code attendanceCountedRevision}, {@code attendancePending} and {@code attendanceMarkedAt}: the changes that move the
 * counts are attendance, the venue's country and an attendee organization's country.
 * <p>
 * The protocol's owner: a write that moves the counts goes through {@link #change} (or {@link #moveOrganization}),
 * which marks the events before it and recounts and releases them after it. The stores' write methods that can move the
 * counts call it themselves ({@link ParticipationStore}, {@link ExchangeEventStore#updateDetails},
 * {@link OrganizationReplicaStore#upsert}), so no writer can forget it. The statistics of the events' months
 * ({@link StatisticsMonths}) hold the counts, so storing them is a change of those months.
 */
@ApplicationScoped
public class AttendanceCounters {

    public static final String BY_ROLE = "attendedByRole";
    static final String REVISION = "attendanceRevision";
    static final String COUNTED_REVISION = "attendanceCountedRevision";
    static final String MARKED_AT = "attendanceMarkedAt";
    private static final CountRevisions.Fields FIELDS =
            new CountRevisions.Fields(REVISION, COUNTED_REVISION, "attendancePending", MARKED_AT);
    private static final String COUNT = "count";
    private static final String STARTS_AT = "startsAt";

    @Inject
    EventsDatabase database;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    StatisticsMonths statistics;

    @Inject
    EventsSettings settings;

    private CountRevisions revisions;

    @PostConstruct
    void revisions() {
        revisions =
                new CountRevisions(events(), FIELDS, false, settings.recount().grace());
    }

    /** The counters of a new event: nobody attended, nothing to recount. */
    public static Document initial() {
        return new Document(BY_ROLE, new Document())
                .append(ExpertsFromAbroad.FIELD, 0L)
                .append(REVISION, 0L)
                .append(COUNTED_REVISION, 0L);
    }

    /**
     * Makes {@code write}, which moves the counts of {@code eventIds} (none: it moves nothing), as the invariant needs:
     * the events are marked before it, so a crash in between leaves a trace {@link #stale} finds, and each handed to
     * {@code recount} once it returned (or failed), which recounts and releases it ({@link #recountMarked}), or
     * collects a batch's marks for {@link #recountAllMarked} after its items. The outbox relay is woken between the
     * write and the recount, so the events the write carries leave without waiting for it.
     */
    public <T> T change(Collection<UUID> eventIds, Supplier<T> write, Consumer<UUID> recount) {
        return revisions.change(
                Bsons.ids(eventIds),
                write,
                relay::wake,
                marked -> marked.forEach(id -> recount.accept(UUID.fromString(id))));
    }

    /**
     * Makes {@code write}, which moves the organization's country in the replica, as {@link #change} does for the
     * events where its experts attended: those known before it are marked, and those known after it too are
     * recounted (an expert marked ATTENDED meanwhile is recounted by that mark or here, with the new country).
     */
    public boolean moveOrganization(UUID organizationId, BooleanSupplier write) {
        List<UUID> attended = ExpertsFromAbroad.eventsAttendedByExpertsOf(participations(), organizationId);
        return revisions.change(
                Bsons.ids(attended),
                write::getAsBoolean,
                () -> {},
                marked -> revisions.recountAndRelease(marked, ids -> {
                    Set<UUID> recounted = new LinkedHashSet<>(attended);
                    recounted.addAll(ExpertsFromAbroad.eventsAttendedByExpertsOf(participations(), organizationId));
                    recountAll(recounted, Set.of());
                }));
    }

    /** Marks the events for a writer, as {@link #change} does before its write. */
    void markStale(Collection<UUID> eventIds) {
        revisions.mark(Bsons.ids(eventIds));
    }

    /** Recounts an event a single write marked ({@link #change}) and releases its mark. */
    public void recountMarked(UUID eventId) {
        recountAllMarked(List.of(eventId));
    }

    /**
     * As {@link #recountMarked}, for a writer that holds the statistics of the months {@code monthsHeld} marked itself
     * and recounts them after this: those are not recounted here too.
     */
    public void recountMarked(UUID eventId, Set<String> monthsHeld) {
        revisions.recountAndRelease(List.of(eventId.toString()), ids -> recountAll(List.of(eventId), monthsHeld));
    }

    /** Recounts the events a batch's writes marked ({@code marks}: one entry per mark), once each, and releases them. */
    public void recountAllMarked(Collection<UUID> marks) {
        revisions.recountAndRelease(Bsons.ids(marks), ids -> recountAll(Bsons.uuids(List.copyOf(ids)), Set.of()));
    }

    /** Stores the event's ATTENDED participations by role and its experts from abroad. */
    public void recount(UUID eventId) {
        recountAll(List.of(eventId), Set.of());
    }

    /**
     * Recounts the events, counting them all in one pass over their participations, and the statistics of their
     * months but {@code monthsHeld}.
     */
    private void recountAll(Collection<UUID> eventIds, Set<String> monthsHeld) {
        if (!eventIds.isEmpty()) {
            store(count(eventIds), monthsHeld);
        }
    }

    /** Events' counts taken at a new revision each (event id → the event read with it), by role and from abroad. */
    record Counted(Map<String, Document> revised, Map<String, Document> byRole, Map<String, Long> fromAbroad) {}

    /** Takes a new revision of each event, then counts it; the venue and start are read with the revision. */
    Counted count(Collection<UUID> eventIds) {
        Map<String, Document> revised =
                revisions.takeRevisions(Bsons.ids(eventIds), List.of("country", "online", STARTS_AT));
        List<String> ids = new ArrayList<>(revised.keySet());
        Map<String, Document> byRole = new HashMap<>();
        ids.forEach(id -> byRole.put(id, new Document()));
        participations()
                .aggregate(List.of(
                        Aggregates.match(and(in("eventId", ids), eq("status", ParticipationStatus.ATTENDED.name()))),
                        Aggregates.group(
                                new Document("event", "$eventId").append("role", "$role"), Accumulators.sum(COUNT, 1))))
                .forEach(group -> {
                    Document key = group.get("_id", Document.class);
                    byRole.get(key.getString("event")).append(key.getString("role"), Bsons.number(group, COUNT));
                });
        Map<String, String> venues = new HashMap<>();
        revised.forEach((id, event) -> venues.put(
                id,
                EventDetails.venueCountry(
                        event.getString("country"), Boolean.TRUE.equals(event.getBoolean("online")))));
        return new Counted(revised, byRole, ExpertsFromAbroad.count(participations(), venues));
    }

    /**
     * Stores the counts (each only over a lower revision) as a change of the statistics of the events' months but
     * {@code monthsHeld}, which the caller holds marked and recounts after.
     */
    void store(Counted counted, Set<String> monthsHeld) {
        Set<String> months = monthsOf(counted.revised().values());
        months.removeAll(monthsHeld);
        Set<String> movedTo = statistics.change(months, () -> {
            counted.revised()
                    .forEach((id, event) -> revisions.store(
                            id,
                            revisions.revision(event),
                            Updates.combine(
                                    Updates.set(BY_ROLE, counted.byRole().get(id)),
                                    Updates.set(
                                            ExpertsFromAbroad.FIELD,
                                            counted.fromAbroad().getOrDefault(id, 0L)))));
            // An event moved to another month since its start was read: that month may have been recounted with the
            // old counts, so it is recounted after them too (issue 18 review, F13).
            List<Document> starts = new ArrayList<>();
            counted.revised()
                    .keySet()
                    .forEach(id -> starts.add(events().find(eq("_id", id))
                            .projection(Projections.include(STARTS_AT))
                            .first()));
            starts.removeIf(Objects::isNull);
            Set<String> now = monthsOf(starts);
            now.removeAll(months);
            now.removeAll(monthsHeld);
            return now;
        });
        if (!movedTo.isEmpty()) {
            statistics.change(movedTo, () -> null);
        }
    }

    private static Set<String> monthsOf(Iterable<Document> events) {
        Set<String> months = new TreeSet<>();
        for (Document event : events) {
            if (event.getDate(STARTS_AT) != null) {
                months.add(StatisticsMonths.monthOf(Bsons.instant(event.getDate(STARTS_AT))));
            }
        }
        return months;
    }

    /** The events whose counts are due for a recount: see {@link CountRevisions#due}; or counted before a counter existed. */
    public List<UUID> stale() {
        return events().find(or(revisions.due(Instant.now()), exists(ExpertsFromAbroad.FIELD, false)))
                .projection(Projections.include("_id"))
                .map(d -> UUID.fromString(d.getString("_id")))
                .into(new ArrayList<>());
    }

    /** Recounts every event due, releasing the marks of writers that died; returns how many were recounted. */
    int reconcile() {
        Map<String, Long> abandoned = revisions.abandoned(Instant.now());
        List<UUID> stale = stale();
        stale.forEach(this::recount);
        revisions.clearAbandoned(abandoned);
        return stale.size();
    }

    private MongoCollection<Document> events() {
        return database.collection(ExchangeEventStore.COLLECTION);
    }

    private MongoCollection<Document> participations() {
        return database.collection(ParticipationStore.COLLECTION);
    }
}
