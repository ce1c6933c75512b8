package org.southsouth.events.journal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.FeedMirror;
import org.southsouth.events.Fixtures;
import org.southsouth.events.event.EventDetails;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;

/** A client keeps a mirror of what it may read from the changes feeds alone, and never misses a change. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ChangeFeedTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String EVENTS = "/api/v1/events/changes";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final UUID host = Fixtures.organization();

    @Inject
    JournalEntries entries;

    @Inject
    RecordJournal journal;

    @Inject
    JournalRelay relay;

    @Inject
    ExchangeEventStore events;

    @Inject
    JournalRetention retention;

    /** Seat counts too: they move with registrations, without the event's version. */
    @Test
    void aMirrorKeptFromTheEventsFeedEqualsTheEventList() {
        FeedMirror mirror = new FeedMirror(EVENTS, TestTokens.admin());
        Map<String, Object> limited = eventOf(host);
        limited.put("capacity", 10);
        String first = Fixtures.create(limited);
        String second = Fixtures.create(eventOf(host));
        as(TestTokens.admin())
                .contentType(MERGE_PATCH)
                .body(Map.of("title", "Renamed forum", "capacity", 12))
                .patch("/api/v1/events/" + second)
                .then()
                .statusCode(200);
        Fixtures.moveTo(first, "OPEN");
        Fixtures.register(first, Fixtures.member("Li Wei", "DELEGATE"));
        String leaving = Fixtures.register(first, Fixtures.member("Ana Silva", "DELEGATE"));
        Fixtures.setParticipation(first, leaving, "CANCELLED");
        Fixtures.moveTo(first, "CLOSED");

        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertEquals(byId(eventsOf(host)), byId(mirror.where("hostOrganizationId", host.toString())));
        });
        assertEquals("CLOSED", mirror.field(first, "status"));
        assertEquals(9, mirror.field(first, "seatsLeft"));
        assertEquals("Renamed forum", mirror.field(second, "title"));
    }

    @Test
    void aPartnersMirrorDropsAnEventItMayNoLongerReadAsOutOfScope() {
        UUID other = Fixtures.organization();
        String partner = TestTokens.partnerOf(host);
        FeedMirror mine = new FeedMirror(EVENTS, partner);
        FeedMirror others = new FeedMirror(EVENTS, TestTokens.partnerOf(other));
        String draft = Fixtures.create(eventOf(host));
        await().atMost(PATIENCE).untilAsserted(() -> {
            mine.sync();
            others.sync();
            assertNotNull(mine.get(draft));
        });
        assertNull(others.get(draft), "another organization's draft is not in its mirror");

        as(TestTokens.admin())
                .contentType(MERGE_PATCH)
                .body(Map.of("hostOrganizationId", other.toString()))
                .patch("/api/v1/events/" + draft)
                .then()
                .statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            mine.sync();
            assertEquals("out-of-scope", mine.tombstone(draft));
        });
        assertNull(mine.get(draft));
        await().atMost(PATIENCE).untilAsserted(() -> {
            others.sync();
            assertEquals(other.toString(), others.field(draft, "hostOrganizationId"));
        });
        assertNull(others.tombstone(draft));
    }

    @Test
    void aMirrorOfKnowledgeProductsFollowsTheirReview() {
        FeedMirror mirror = new FeedMirror("/api/v1/knowledge-products/changes", TestTokens.partnerOf(host));
        String product = given().contentType(ContentType.JSON)
                .body(KnowledgeProductResourceTest.goodPractice("Volunteer time banks", "Overview", host))
                .post("/api/v1/knowledge-products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("reviewStatus", status))
                    .post("/api/v1/knowledge-products/" + product + "/review-status")
                    .then()
                    .statusCode(200);
        }
        Map<String, Object> published = as(TestTokens.partnerOf(host))
                .get("/api/v1/knowledge-products/" + product)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertEquals(published, mirror.get(product));
        });
    }

    @Test
    void aCursorTheFeedDidNotIssueIsABadRequestNamingIt() {
        as(TestTokens.admin())
                .queryParam("cursor", "not-a-cursor")
                .get(EVENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        as(TestTokens.admin())
                .queryParam("limit", 501)
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("limit"));
        as(TestTokens.reporter()).get("/api/v1/participations/changes").then().statusCode(403);
    }

    /**
     * A change whose sequence was taken before another's but which reaches the journal after it is still delivered:
     * the feed waits below entries younger than the settle time, so no cursor passes the earlier sequence first.
     */
    @Test
    void anEntryWrittenAfterALaterOneIsNotSkipped() {
        String early = Fixtures.create(eventOf(host));
        String later = Fixtures.create(eventOf(host));
        FeedMirror mirror = new FeedMirror(EVENTS, TestTokens.admin());
        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertNotNull(mirror.get(later));
        });

        ExchangeEvent current = events.find(UUID.fromString(early));
        EventDetails d = current.details();
        ExchangeEvent renamed = new ExchangeEvent(
                current.id(),
                new EventDetails(
                        d.kind(),
                        "Written late",
                        d.description(),
                        d.hostOrganizationId(),
                        d.partnerOrganizationIds(),
                        d.country(),
                        d.city(),
                        d.online(),
                        d.startsAt(),
                        d.endsAt(),
                        d.timeZone(),
                        d.capacity(),
                        d.languages(),
                        d.sdgs(),
                        d.delegationVisit(),
                        d.expertMission(),
                        d.agenda()),
                current.status(),
                current.seatsTaken(),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.statusChangedAt());
        Document slowWrite = entries.event(renamed);
        as(TestTokens.admin())
                .contentType(MERGE_PATCH)
                .body(Map.of("title", "Written on time"))
                .patch("/api/v1/events/" + later)
                .then()
                .statusCode(200);
        relay.moveAll();
        mirror.sync();
        journal.insert(slowWrite);

        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertEquals("Written on time", mirror.field(later, "title"));
            assertEquals("Written late", mirror.field(early, "title"));
        });
    }

    @Test
    void aCursorOlderThanWhatRetentionRemovedIsGone() {
        String event = Fixtures.create(eventOf(host));
        FeedMirror mirror = new FeedMirror(EVENTS, TestTokens.admin());
        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertNotNull(mirror.get(event));
        });
        String cursor = mirror.cursor();
        Fixtures.moveTo(event, "OPEN");
        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertEquals("OPEN", mirror.field(event, "status"));
        });

        retention.prune(Instant.now().plus(3651, ChronoUnit.DAYS));

        as(TestTokens.admin())
                .queryParam("cursor", cursor)
                .get(EVENTS)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("without a cursor"));
        as(TestTokens.admin())
                .get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("OPEN"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            FeedMirror resync = new FeedMirror(EVENTS, TestTokens.admin());
            resync.sync();
            assertEquals("OPEN", resync.field(event, "status"));
        });
    }

    private static Map<String, Object> eventOf(UUID host) {
        Map<String, Object> body = Fixtures.event("FORUM", 20, null);
        body.put("hostOrganizationId", host.toString());
        return body;
    }

    private static List<Map<String, Object>> eventsOf(UUID host) {
        return as(TestTokens.admin())
                .queryParam("hostOrganizationId", host.toString())
                .queryParam("size", 200)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    static List<Map<String, Object>> byId(List<Map<String, Object>> records) {
        return records.stream()
                .sorted(Comparator.comparing(r -> (String) r.get("id")))
                .toList();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
