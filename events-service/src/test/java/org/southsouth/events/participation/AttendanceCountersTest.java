package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.statistics.StatisticsFilter;
import org.southsouth.events.statistics.StatisticsMonths;
import org.southsouth.events.statistics.StatisticsStore;

/** The attendance counts each event keeps for the statistics: exact after corrections, races and crashes. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class AttendanceCountersTest {

    private final String hub = Fixtures.organization().toString();

    @Inject
    ExchangeEventStore events;

    @Inject
    ParticipationStore participations;

    @Inject
    AttendanceCounters counters;

    @Inject
    AttendanceReconciliation reconciliation;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    StatisticsMonths months;

    @Inject
    StatisticsStore statistics;

    @Test
    void correctingAttendanceBetweenAttendedAndNoShowMovesTheFigures() {
        String visit = startedEvent("DELEGATION_VISIT");
        List<String> delegates = attend(visit, "DELEGATE", 3);
        attend(visit, "EXPERT", 1);
        Fixtures.moveTo(visit, "CLOSED", "COMPLETED");
        figures().body("delegatesHosted", equalTo(3)).body("participants", equalTo(4));

        Fixtures.setParticipation(visit, delegates.get(0), "NO_SHOW");
        figures()
                .body("delegatesHosted", equalTo(2))
                .body("participants", equalTo(3))
                .body("participantsByRole", equalTo(Map.of("DELEGATE", 2, "EXPERT", 1)));

        Fixtures.setParticipation(visit, delegates.get(0), "ATTENDED");
        figures().body("delegatesHosted", equalTo(3)).body("participants", equalTo(4));
    }

    @Test
    void concurrentMarksOnOneEventLeaveTheCountsOfARecount() throws Exception {
        String event = startedEvent("DELEGATION_VISIT");
        List<String> all = new ArrayList<>(register(event, "DELEGATE", 14));
        all.addAll(register(event, "EXPERT", 6));
        markConcurrently(event, all, "ATTENDED");
        assertEquals(Map.of("DELEGATE", 14L, "EXPERT", 6L), stored(event));
        assertEquals(recount(event), stored(event));

        markConcurrently(event, all.subList(7, 17), "NO_SHOW");
        assertEquals(Map.of("DELEGATE", 7L, "EXPERT", 3L), stored(event));
        assertEquals(recount(event), stored(event));
        assertFalse(counters.stale().contains(UUID.fromString(event)));
    }

    @Test
    void reconciliationRecountsEventsWithMissingOrStaleCounts() {
        String older = startedEvent("DELEGATION_VISIT");
        attend(older, "DELEGATE", 2);
        Fixtures.moveTo(older, "CLOSED", "COMPLETED");
        String interrupted = startedEvent("EXPERT_MISSION");
        attend(interrupted, "EXPERT", 3);
        // As a database from before the counters has it, and as a crash between a mark and its recount leaves it.
        events.collection()
                .updateOne(
                        eq("_id", older),
                        Updates.combine(
                                Updates.unset("attendedByRole"),
                                Updates.unset("attendanceRevision"),
                                Updates.unset("attendanceCountedRevision")));
        events.collection()
                .updateOne(
                        eq("_id", interrupted),
                        Updates.combine(
                                Updates.set("attendedByRole", new Document("EXPERT", 2L)),
                                Updates.inc("attendanceRevision", 1L)));
        figures().body("delegatesHosted", equalTo(0));
        assertTrue(counters.stale().containsAll(List.of(UUID.fromString(older), UUID.fromString(interrupted))));

        assertTrue(reconciliation.reconcile() >= 2);

        assertEquals(Map.of("DELEGATE", 2L), stored(older));
        assertEquals(Map.of("EXPERT", 3L), stored(interrupted));
        assertFalse(counters.stale().contains(UUID.fromString(older)));
        assertFalse(counters.stale().contains(UUID.fromString(interrupted)));
        figures().body("delegatesHosted", equalTo(2));
    }

    /**
     * A writer marks the event, another writer's recount lands before the first one's write, and the first one dies
     * before its own recount: its mark keeps the event due, and once the mark is older than the grace the housekeeping
     * recounts the event and releases the mark.
     */
    @Test
    void anEventWhoseWriterDiedAfterAnotherWritersRecountIsRepaired() {
        String event = startedEvent("DELEGATION_VISIT");
        List<String> delegates = register(event, "DELEGATE", 2);
        counters.markStale(List.of(UUID.fromString(event)));
        Fixtures.setParticipation(event, delegates.get(1), "ATTENDED");
        participations.collection().updateOne(eq("_id", delegates.get(0)), Updates.set("status", "ATTENDED"));
        assertEquals(Map.of("DELEGATE", 1L), stored(event));

        events.collection()
                .updateOne(
                        eq("_id", event),
                        Updates.set(
                                AttendanceCounters.MARKED_AT,
                                Date.from(Instant.now().minus(1, ChronoUnit.HOURS))));
        assertTrue(counters.stale().contains(UUID.fromString(event)), "the abandoned mark is not due");
        assertTrue(reconciliation.reconcile() >= 1);

        assertEquals(Map.of("DELEGATE", 2L), stored(event));
        assertFalse(counters.stale().contains(UUID.fromString(event)));
    }

    /**
     * A recount of the counters reads the event's start, a details patch moves it to another month, the event is
     * completed (its new month recounted with the old counts), then the recount stores its counts: the month the event
     * moved to is recounted after them too.
     */
    @Test
    void theMonthAnEventMovedToWhileItsCountersWereCountedGetsTheNewCounts() {
        String event = startedEvent("DELEGATION_VISIT");
        String delegate = register(event, "DELEGATE", 1).get(0);
        Fixtures.moveTo(event, "CLOSED");
        months.fill();
        counters.markStale(List.of(UUID.fromString(event)));
        participations.collection().updateOne(eq("_id", delegate), Updates.set("status", "ATTENDED"));
        AttendanceCounters.Counted counted = counters.count(List.of(UUID.fromString(event)));
        given().contentType("application/merge-patch+json")
                .body(Map.of("startsAt", "2025-02-10T08:00:00Z", "endsAt", "2025-02-12T08:00:00Z"))
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(200);
        Fixtures.moveTo(event, "COMPLETED");
        counters.store(counted, Set.of());

        StatisticsFilter february = new StatisticsFilter(
                null, LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-28"), null, null, null);
        assertEquals(1, statistics.recount(february).participants());
        assertEquals(statistics.recount(february), statistics.compute(february));
    }

    /** The events a write carries leave before its recount: the relay is woken between the two. */
    @Test
    void theRelayIsWokenBetweenTheWriteAndTheRecount() {
        UUID event = UUID.fromString(startedEvent("FORUM"));
        // Read after the write and at the recount, not before the write: another wake meanwhile cannot make it pass.
        long[] atTheRecount = new long[1];
        long atTheWrite = counters.change(List.of(event), relay::wakeUps, id -> {
            atTheRecount[0] = relay.wakeUps();
            counters.recount(id);
        });
        assertTrue(atTheRecount[0] > atTheWrite, "the relay was not woken between the write and the recount");
    }

    /** A batch recounts each event once after its items instead of after each step: the counts are current. */
    @Test
    void aParticipationBatchLeavesTheCountsOfEachOfItsEventsCurrent() {
        String visit = startedEvent("DELEGATION_VISIT");
        String forum = startedEvent("FORUM");
        String arrival = Instant.now()
                .minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String status = i < 4 ? "ATTENDED" : "NO_SHOW";
            items.add(step(visit, Fixtures.member("Delegate " + i, "DELEGATE"), status, arrival));
            items.add(step(forum, Fixtures.member("Speaker " + i, "SPEAKER"), "ATTENDED", arrival));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/participations/bulk")
                .then()
                .statusCode(200)
                .body("created", equalTo(12));

        assertEquals(Map.of("DELEGATE", 4L), stored(visit));
        assertEquals(Map.of("SPEAKER", 6L), stored(forum));
        List<UUID> stale = counters.stale();
        assertFalse(stale.contains(UUID.fromString(visit)) || stale.contains(UUID.fromString(forum)), stale.toString());
    }

    private static Map<String, Object> step(String event, Map<String, Object> participant, String status, String at) {
        Map<String, Object> item = new HashMap<>(participant);
        item.put("eventId", event);
        item.put("status", status);
        item.put("at", at);
        return item;
    }

    private String startedEvent(String kind) {
        Map<String, Object> body = Fixtures.event(kind, -3, null);
        body.put("hostOrganizationId", hub);
        String id = Fixtures.create(body);
        Fixtures.moveTo(id, "OPEN");
        return id;
    }

    private static List<String> register(String event, String role, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Fixtures.register(event, Fixtures.member(role + " " + i, role)));
        }
        return ids;
    }

    private static List<String> attend(String event, String role, int n) {
        List<String> ids = register(event, role, n);
        ids.forEach(id -> Fixtures.setParticipation(event, id, "ATTENDED"));
        return ids;
    }

    private static void markConcurrently(String event, List<String> participations, String status) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(participations.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> marks = new ArrayList<>();
        for (String participation : participations) {
            marks.add(pool.submit(() -> {
                start.await();
                Fixtures.setParticipation(event, participation, status);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> mark : marks) {
            mark.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private ValidatableResponse figures() {
        return given().queryParam("organizationId", hub)
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(200);
    }

    private Map<String, Long> stored(String event) {
        Document byRole = events.collection().find(eq("_id", event)).first().get("attendedByRole", Document.class);
        Map<String, Long> counts = new TreeMap<>();
        byRole.forEach((role, n) -> counts.put(role, ((Number) n).longValue()));
        return counts;
    }

    private Map<String, Long> recount(String event) {
        Map<String, Long> counts = new TreeMap<>();
        for (String role : List.of("DELEGATE", "EXPERT", "SPEAKER", "VOLUNTEER", "ORGANIZER")) {
            long n = participations
                    .collection()
                    .countDocuments(and(eq("eventId", event), eq("status", "ATTENDED"), eq("role", role)));
            if (n > 0) {
                counts.put(role, n);
            }
        }
        return counts;
    }
}
