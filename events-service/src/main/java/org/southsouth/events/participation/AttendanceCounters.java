package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.expr;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.EventDetails;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.OrganizationReplicaStore;
import org.southsouth.events.statistics.StatisticsMonths;

/**
 * Each event's ATTENDED participations by role ({@code attendedByRole}) and its ATTENDED experts from abroad
 * ({@code expertsFromAbroad}, see {@link ExpertsFromAbroad}), kept on the event document so the statistics read events
 * only. {@code attendanceRevision} counts the changes begun that move the counts (attendance, the venue's country, an
 * attendee organization's country), {@code attendanceCountedRevision} is the one the stored counts reflect; while it is
 * lower, a recount is due.
 * <p>
 * The protocol's owner: a write that moves the counts goes through {@link #change} (or {@link #moveOrganization}),
 * which marks the events stale before it and recounts them after it. The stores' write methods that can move the
 * counts call it themselves ({@link ParticipationStore}, {@link ExchangeEventStore#updateDetails},
 * {@link OrganizationReplicaStore#upsert}), so no writer can forget it. The statistics of the events' months
 * ({@link StatisticsMonths}) hold the counts, so they are marked stale with the events and recounted after them.
 */
@ApplicationScoped
public class AttendanceCounters {

    public static final String BY_ROLE = "attendedByRole";
    static final String REVISION = "attendanceRevision";
    static final String COUNTED_REVISION = "attendanceCountedRevision";
    private static final String COUNT = "count";
    private static final String STARTS_AT = "startsAt";

    /** Counts lag behind (or predate) the changes; a missing field is an event stored before that counter existed. */
    private static final Bson STALE = or(
            exists(COUNTED_REVISION, false),
            exists(ExpertsFromAbroad.FIELD, false),
            expr(new Document("$lt", List.of("$" + COUNTED_REVISION, "$" + REVISION))));

    @Inject
    EventsDatabase database;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    StatisticsMonths statistics;

    /** The counters of a new event: nobody attended, nothing to recount. */
    public static Document initial() {
        return new Document(BY_ROLE, new Document())
                .append(ExpertsFromAbroad.FIELD, 0L)
                .append(REVISION, 0L)
                .append(COUNTED_REVISION, 0L);
    }

    /**
     * Makes {@code write}, which moves the counts of {@code eventIds} (none: it moves nothing), as the invariant needs:
     * the events are marked stale before it, so a crash in between leaves a trace {@link #stale()} finds, and handed
     * to {@code recount} once it returned ({@link #recount}, or a batch's set recounted together by
     * {@link #recountAll}). The outbox relay is woken between the write and the recount, so the events the write
     * carries leave without waiting for it; with nothing to recount the caller's own wake comes as soon.
     */
    public <T> T change(Collection<UUID> eventIds, Supplier<T> write, Consumer<UUID> recount) {
        markStale(eventIds);
        T written = write.get();
        if (!eventIds.isEmpty()) {
            relay.wake();
        }
        eventIds.forEach(recount);
        return written;
    }

    /**
     * Makes {@code write}, which moves the organization's country in the replica, as {@link #change} does for the
     * events where its experts attended: those known before it are marked stale, and those known after it too are
     * recounted (an expert marked ATTENDED meanwhile is recounted by that mark or here, with the new country).
     */
    public boolean moveOrganization(UUID organizationId, BooleanSupplier write) {
        List<UUID> attended = ExpertsFromAbroad.eventsAttendedByExpertsOf(participations(), organizationId);
        markStale(attended);
        boolean written = write.getAsBoolean();
        Set<UUID> recounted = new LinkedHashSet<>(attended);
        recounted.addAll(ExpertsFromAbroad.eventsAttendedByExpertsOf(participations(), organizationId));
        recountAll(recounted);
        return written;
    }

    /** Marks the events' counts stale, and the statistics of their months, which hold the counts. */
    private void markStale(Collection<UUID> eventIds) {
        Set<String> months = new TreeSet<>();
        for (UUID eventId : eventIds) {
            Document event = events().findOneAndUpdate(
                            eq("_id", eventId.toString()),
                            Updates.inc(REVISION, 1L),
                            new FindOneAndUpdateOptions().projection(Projections.include(STARTS_AT)));
            if (event != null && event.getDate(STARTS_AT) != null) {
                months.add(StatisticsMonths.monthOf(Bsons.instant(event.getDate(STARTS_AT))));
            }
        }
        statistics.markStale(months);
    }

    /** Stores the event's ATTENDED participations by role and its experts from abroad. */
    public void recount(UUID eventId) {
        recountAll(List.of(eventId));
    }

    /** Recounts the events as {@link #recount} does each, counting them all in one pass over their participations. */
    public void recountAll(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        // Each revision is taken after the write that moved the counts and the counting comes after it, so the recount
        // holding the highest revision has seen every write whose revision was taken; only a higher revision may
        // overwrite, hence concurrent or repeated recounts of one event settle on the true figures. The venue is read
        // with the revision, so it is the one of the latest details write before it.
        Map<String, Document> revised = new LinkedHashMap<>();
        for (UUID eventId : eventIds) {
            Document event = events().findOneAndUpdate(
                            eq("_id", eventId.toString()),
                            Updates.inc(REVISION, 1L),
                            new FindOneAndUpdateOptions()
                                    .returnDocument(ReturnDocument.AFTER)
                                    .projection(Projections.include(REVISION, "country", "online", STARTS_AT)));
            if (event != null) {
                revised.put(eventId.toString(), event);
            }
        }
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
        Map<String, Long> fromAbroad = ExpertsFromAbroad.count(participations(), venues);
        // The months' statistics hold these counts: stale before they move, recounted after.
        Set<String> months = new TreeSet<>();
        revised.values().stream()
                .filter(event -> event.getDate(STARTS_AT) != null)
                .forEach(event -> months.add(StatisticsMonths.monthOf(Bsons.instant(event.getDate(STARTS_AT)))));
        statistics.markStale(months);
        revised.forEach((id, event) -> {
            long revision = Bsons.number(event, REVISION);
            events().updateOne(
                            and(eq("_id", id), or(exists(COUNTED_REVISION, false), lt(COUNTED_REVISION, revision))),
                            Updates.combine(
                                    Updates.set(BY_ROLE, byRole.get(id)),
                                    Updates.set(ExpertsFromAbroad.FIELD, fromAbroad.getOrDefault(id, 0L)),
                                    Updates.set(COUNTED_REVISION, revision)));
        });
        statistics.recount(months);
    }

    /** The events whose counts are due for a recount. */
    public List<UUID> stale() {
        return events().find(STALE)
                .projection(Projections.include("_id"))
                .map(d -> UUID.fromString(d.getString("_id")))
                .into(new ArrayList<>());
    }

    private MongoCollection<Document> events() {
        return database.collection(ExchangeEventStore.COLLECTION);
    }

    private MongoCollection<Document> participations() {
        return database.collection(ParticipationStore.COLLECTION);
    }
}
