package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;
import org.southsouth.events.messaging.EventsServiceConsumers;
import org.southsouth.reference.UndpRegion;

/**
 * The figures read from the statistics of months (events) and years (good practices) equal a recount from the records
 * after every kind of write that moves them, under every selection and shape of period: whole months, days at the
 * edges, no whole month, open ends.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class StatisticsSummariesTest {

    private static final List<StatisticsFilter> FILTERS = List.of(
            filter(null, null, null, null, null),
            filter(null, null, 4, null, null),
            filter(null, null, null, "KE", null),
            filter(null, null, null, null, UndpRegion.AFRICA),
            filter(null, null, 17, "NP", null),
            filter(null, null, 4, null, UndpRegion.ASIA_AND_THE_PACIFIC),
            filter("2025-03-01", "2025-04-30", null, null, null),
            filter("2025-03-10", "2025-05-20", null, null, null),
            filter("2025-03-31", "2025-04-30", 4, null, null),
            filter("2025-04-01", null, null, "KE", UndpRegion.AFRICA),
            filter(null, "2025-03-15", null, null, null),
            filter(null, null, null, "KE", UndpRegion.ARAB_STATES),
            filter("9999-12-02", null, null, null, null),
            filter("9999-12-02", "9999-12-31", null, null, null));

    private final UUID hub = Fixtures.organization();
    private final UUID moving = Fixtures.organizationIn("CN");

    @Inject
    StatisticsStore statistics;

    @Inject
    StatisticsMonths months;

    @Inject
    GoodPracticeYears years;

    @Inject
    ExchangeEventStore events;

    @Inject
    EventsDatabase database;

    @Inject
    EventsServiceConsumers consumers;

    @Test
    void figuresEqualARecountAfterEveryKindOfWrite() {
        // Counted again from the records, as after a bulk load: other tests' writes around the protocol are forgotten.
        refill();
        String forum = event("FORUM", "KE", "2025-03-10T08:00:00Z", List.of(4));
        // 30 April in UTC, 1 May in Kathmandu: the month it counts under is not its UTC month.
        String mission = event("EXPERT_MISSION", "NP", "2025-04-30T20:00:00Z", List.of(17, 4));
        String visit = event("DELEGATION_VISIT", "EG", "2025-05-20T08:00:00Z", List.of(17));
        assertExact("drafts");

        List.of(forum, mission, visit).forEach(event -> Fixtures.moveTo(event, "OPEN"));
        assertExact("opened");

        String expert = attend(forum, moving, "EXPERT");
        attend(forum, hub, "SPEAKER");
        attend(mission, moving, "EXPERT");
        String noShow = attend(visit, hub, "DELEGATE");
        Fixtures.setParticipation(visit, noShow, "NO_SHOW");
        Fixtures.register(visit, Map.of("organizationId", hub.toString(), "name", "Late", "role", "DELEGATE"));
        assertExact("attendance");

        Fixtures.moveTo(forum, "CLOSED", "COMPLETED");
        Fixtures.moveTo(mission, "CLOSED", "COMPLETED");
        Fixtures.setParticipation(forum, expert, "NO_SHOW");
        Fixtures.setParticipation(forum, expert, "ATTENDED");
        assertExact("completed");

        patch(visit, Map.of("country", "KE", "city", "Nairobi", "sdgs", List.of(4, 5)));
        patch(visit, Map.of("startsAt", "2025-03-31T23:30:00Z", "endsAt", "2025-04-01T01:00:00Z"));
        assertExact("venue, goals and start moved");

        Fixtures.announceOrganization(PartnerEvents.ORGANIZATION_UPDATED, moving, 2, "ACTIVE", "KE");
        assertExact("an attendee's organization moved");

        bulkAttend(visit, 3);
        assertExact("a participation batch");

        Fixtures.moveTo(visit, "CANCELLED");
        assertExact("cancelled");

        String practice = practice("KE", "AFRICA", 2025, List.of(4, 5));
        practice("TH", "AFRICA", null, List.of(17));
        assertExact("good practices published");
        given().contentType("application/merge-patch+json")
                .body(Map.of("year", 2024, "country", "NP", "region", "ASIA_PACIFIC", "sdgs", List.of(17)))
                .patch("/api/v1/knowledge-products/" + practice)
                .then()
                .statusCode(200);
        review(practice, "ARCHIVED");
        assertExact("a good practice moved and archived");

        // A crash between a write and its recount: the month stays stale, so it is counted from the events.
        months.markStale(List.of("2025-03"));
        events.collection().updateOne(eq("_id", forum), Updates.set("sdgs", List.of(4, 17)));
        assertExact("a month left stale", false);
        assertTrue(months.reconcile() >= 1);
        assertEquals(0, months.reconcile());
        assertExact("a stale month recounted");
    }

    /**
     * A writer marks March, another writer's recount of March lands before the first one's write, and the first one
     * dies before its own recount: March is not current (its writer is pending), so it is counted from the events,
     * and once the mark is older than the grace the housekeeping recounts it and releases the mark.
     */
    @Test
    void aMonthWhoseWriterDiedAfterAnotherWritersRecountIsRepaired() {
        refill();
        String interrupted = event("FORUM", "KE", "2025-03-12T08:00:00Z", List.of(4));
        months.markStale(List.of("2025-03"));
        Fixtures.moveTo(event("FORUM", "KE", "2025-03-20T08:00:00Z", List.of(5)), "OPEN");
        events.collection()
                .updateOne(
                        eq("_id", interrupted),
                        Updates.combine(Updates.set("status", "OPEN"), Updates.set("sdgs", List.of(4, 17))));
        assertExact("a writer overtaken by another's recount died", false);

        database.collection(StatisticsMonths.COLLECTION)
                .updateOne(
                        eq("_id", "2025-03"),
                        Updates.set("markedAt", Date.from(Instant.now().minus(Duration.ofHours(1)))));
        assertTrue(months.reconcile() >= 1);
        assertExact("its mark abandoned and the month recounted");
    }

    /** Without the document saying every month is counted, a reader counts from the events and fills nothing. */
    @Test
    void aReaderWithoutTheSummariesCountsFromTheRecordsWithoutFillingThem() {
        refill();
        event("FORUM", "TH", "2025-06-10T08:00:00Z", List.of(4));
        Fixtures.moveTo(event("FORUM", "TH", "2025-06-11T08:00:00Z", List.of(4)), "OPEN");
        database.collection(StatisticsMonths.COLLECTION).deleteMany(new Document());

        given().get("/api/v1/events/statistics").then().statusCode(200);
        assertExact("summaries missing", false);
        assertEquals(0, database.collection(StatisticsMonths.COLLECTION).countDocuments(), "a reader filled months");

        assertTrue(months.reconcile() >= 1);
        assertExact("filled by the housekeeping");
    }

    /** Summaries of another format are never read (their shape may differ): counted from the records, then refilled. */
    @Test
    void summariesOfAnotherFormatAreCountedFromTheRecordsThenRefilled() {
        refill();
        Fixtures.moveTo(event("FORUM", "KE", "2025-07-10T08:00:00Z", List.of(4)), "OPEN");
        database.collection(StatisticsMonths.COLLECTION).updateOne(eq("_id", "filled"), Updates.set("format", 0));
        // A shape no reader of this version understands.
        database.collection(StatisticsMonths.COLLECTION)
                .updateOne(eq("_id", "2025-07"), Updates.set("selections.all", "an older shape"));
        assertExact("an older format", false);

        assertTrue(months.reconcile() >= 1);
        assertExact("refilled in this format");
    }

    /** The events a write carries leave before its recount: the relay is woken between the two. */
    @Test
    void theRelayIsWokenBetweenTheWriteAndTheRecount() {
        AtomicLong wakeUps = new AtomicLong();
        long[] atTheRecount = new long[1];
        Summaries summaries = new Summaries(
                database.collection("statistics_wake_test"),
                1,
                Duration.ofMinutes(2),
                periods -> {
                    atTheRecount[0] = wakeUps.get();
                    return Map.of();
                },
                List::of,
                wakeUps::incrementAndGet);
        long atTheWrite = summaries.change(List.of("2025-03"), wakeUps::get);
        assertTrue(atTheRecount[0] > atTheWrite, "the relay was not woken between the write and the recount");
    }

    private void assertExact(String after) {
        assertExact(after, true);
    }

    /** Counted again from the records, as after a bulk load: other tests' writes around the protocol are forgotten. */
    private void refill() {
        database.collection(StatisticsMonths.COLLECTION).drop();
        database.collection(GoodPracticeYears.COLLECTION).drop();
        months.reconcile();
        years.reconcile();
    }

    /** Compute equals recount; and, when every write went through the protocol, nothing is left stale for it. */
    private void assertExact(String after, boolean current) {
        // A write another test class left to the consumers (an organization's country) would still be recounting.
        assertTrue(consumers.syncState(30, () -> null).caughtUp(), "the consumers are behind");
        for (StatisticsFilter filter : FILTERS) {
            assertEquals(statistics.recount(filter), statistics.compute(filter), after + ", " + filter);
        }
        if (current) {
            assertEquals(0, months.reconcile(), after + ": months left stale");
            assertEquals(0, years.reconcile(), after + ": years left stale");
        }
    }

    private String event(String kind, String country, String startsAt, List<Integer> sdgs) {
        return Fixtures.create(Fixtures.eventAt(hub, kind, country, startsAt, sdgs));
    }

    private static String attend(String event, UUID organization, String role) {
        String participation = Fixtures.register(
                event,
                Map.of("organizationId", organization.toString(), "name", role + " " + organization, "role", role));
        Fixtures.setParticipation(event, participation, "ATTENDED");
        return participation;
    }

    /** A published good practice of the hub. */
    private String practice(String country, String region, Integer year, List<Integer> sdgs) {
        Map<String, Object> body = KnowledgeProductResourceTest.goodPractice("Practice", "Overview", hub);
        body.put("country", country);
        body.put("region", region);
        body.put("year", year);
        body.put("sdgs", sdgs);
        String id = KnowledgeProductResourceTest.create(body);
        review(id, "IN_REVIEW");
        review(id, "PUBLISHED");
        return id;
    }

    private static void review(String practice, String status) {
        given().contentType(ContentType.JSON)
                .body(Map.of("reviewStatus", status))
                .post("/api/v1/knowledge-products/" + practice + "/review-status")
                .then()
                .statusCode(200);
    }

    private static void bulkAttend(String event, int people) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Map<String, Object> item = new HashMap<>(Fixtures.member("Delegate " + i, "DELEGATE"));
            item.put("eventId", event);
            item.put("status", "ATTENDED");
            items.add(item);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/participations/bulk")
                .then()
                .statusCode(200);
    }

    private static void patch(String event, Map<String, Object> change) {
        given().contentType("application/merge-patch+json")
                .body(change)
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(200);
    }

    private static StatisticsFilter filter(String from, String to, Integer sdg, String country, UndpRegion region) {
        return new StatisticsFilter(
                null,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                sdg,
                country,
                region);
    }
}
