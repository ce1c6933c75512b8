package org.southsouth.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.Fixtures;

/**
 * POST /api/v1/events/bulk: events drafted or updated as the single calls do, then walked to the item's status by
 * the single moves; participation batches name them by the same client's external ids.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventBulkTest {

    private static final String BULK = "/api/v1/events/bulk";

    private final String prefix = UUID.randomUUID() + "-";
    private final String coordinator = TestTokens.coordinator();

    @Test
    void aMixedEventBatchAnswersEachItemInOrderAndStoresOnlyTheGoodOnes() {
        String existing = Fixtures.create(Fixtures.event("FORUM", 20, null));
        Map<String, Object> untitled = Fixtures.event("FORUM", 20, null);
        untitled.remove("title");
        Map<String, Object> unknownHost = Fixtures.event("FORUM", 20, null);
        unknownHost.put("hostOrganizationId", UUID.randomUUID().toString());
        ValidatableResponse answer = bulk(
                        given(),
                        List.of(
                                withStatus(Fixtures.event("WEBINAR", 20, 50), "OPEN"),
                                untitled,
                                withStatus(Fixtures.event("FORUM", 20, null), "COMPLETED"),
                                Map.of("id", existing, "title", "Renamed forum"),
                                unknownHost,
                                Map.of("id", existing, "status", "FINISHED")))
                .body("items.status", equalTo(List.of(201, 400, 409, 200, 422, 400)))
                .body("items.outcome", equalTo(List.of("created", "failed", "failed", "updated", "failed", "failed")))
                .body("items[1].problem.errors.field", hasItem("title"))
                .body("items[2].id", nullValue())
                .body("items[5].problem.errors.field", hasItem("status"));

        String created = answer.extract().path("items[0].id");
        given().get("/api/v1/events/" + created)
                .then()
                .body("status", equalTo("OPEN"))
                .body("capacity", equalTo(50));
        given().get("/api/v1/events/" + existing)
                .then()
                .body("title", equalTo("Renamed forum"))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void aPartnerDraftsAndMovesOnlyItsOwnOrganizationsEventsAndSeesNoOtherDraft() {
        UUID own = Fixtures.organization();
        Map<String, Object> ownEvent = Fixtures.event("FORUM", 20, null);
        ownEvent.put("hostOrganizationId", own.toString());
        String othersEvent = Fixtures.create(Fixtures.event("FORUM", 20, null));
        bulk(
                        given().auth().oauth2(TestTokens.partnerOf(own)),
                        List.of(
                                withStatus(ownEvent, "OPEN"),
                                withStatus(Fixtures.event("FORUM", 20, null), "OPEN"),
                                Map.of("id", othersEvent, "status", "OPEN")))
                .body("items.status", equalTo(List.of(201, 403, 404)));
        given().get("/api/v1/events/" + othersEvent)
                .then()
                .body("status", equalTo("DRAFT"))
                .header("ETag", "\"1\"");
    }

    @Test
    void aResentBatchUpdatesItsEventsWhichParticipationBatchesNameByExternalId() {
        Map<String, Object> past = external("past", Fixtures.event("CAPACITY_BUILDING", -3, null));
        List<Map<String, Object>> first = List.of(withStatus(past, "OPEN"));
        String id = bulk(as(coordinator), first)
                .body("items.outcome", equalTo(List.of("created")))
                .extract()
                .path("items[0].id");
        bulk(as(coordinator), first)
                .body("items.outcome", equalTo(List.of("unchanged")))
                .body("items[0].id", equalTo(id));

        Map<String, Object> participant = Map.of(
                "eventExternalId",
                prefix + "past",
                "organizationId",
                Fixtures.organization().toString(),
                "name",
                "Ana",
                "role",
                "DELEGATE",
                "status",
                "ATTENDED");
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                participant,
                                Map.of(
                                        "eventExternalId",
                                        prefix + "unknown",
                                        "organizationId",
                                        Fixtures.organization().toString(),
                                        "name",
                                        "Bo",
                                        "role",
                                        "DELEGATE"))))
                .post("/api/v1/participations/bulk")
                .then()
                .statusCode(200)
                .body("items.status", equalTo(List.of(201, 422)))
                .body("items[1].problem.errors.field", hasItem("eventExternalId"));

        bulk(as(coordinator), List.of(withStatus(past, "COMPLETED")))
                .body("items.outcome", equalTo(List.of("updated")))
                .body("items[0].id", equalTo(id));
        given().get("/api/v1/events/" + id).then().body("status", equalTo("COMPLETED"));
        given().queryParam("status", "ATTENDED")
                .get("/api/v1/events/" + id + "/participations")
                .then()
                .body("total", equalTo(1));
        bulk(as(coordinator), List.of(withStatus(past, "OPEN"))).body("items.status", equalTo(List.of(409)));
    }

    @Test
    void aBatchRetriedWithTheSameIdempotencyKeyGetsTheFirstResult() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("items", List.of(Fixtures.event("FORUM", 20, null)));
        String first = given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(BULK)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(BULK)
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body(equalTo(first));
    }

    @Test
    void aBatchOfNoneOrMoreThanFiveHundredEventsIsRefusedWhole() {
        UUID host = Fixtures.organization();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            Map<String, Object> event = Fixtures.event("WEBINAR", 20, null);
            event.put("hostOrganizationId", host.toString());
            tooMany.add(event);
        }
        for (Object body : List.of(Map.of("items", tooMany), Map.of("items", List.of()))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post(BULK)
                    .then()
                    .statusCode(400)
                    .body("errors.field[0]", startsWith("items"));
        }
        given().queryParam("hostOrganizationId", host.toString())
                .get("/api/v1/events")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void theStepsAnItemWalksAreDatedWithItsAtAsTheSingleMoveDatesItsStep() {
        Map<String, Object> item = withStatus(Fixtures.event("FORUM", 20, null), "OPEN");
        item.put("at", "2026-03-01T09:00:00.123456Z");
        String id = bulk(given(), List.of(item)).extract().path("items[0].id");
        String opened = given().get("/api/v1/events/" + id)
                .then()
                .body("status", equalTo("OPEN"))
                .body("statusChangedAt", equalTo("2026-03-01T09:00:00.123Z"))
                .extract()
                .header("ETag");

        bulk(given(), List.of(Map.of("id", id, "status", "OPEN", "at", "2026-03-01T09:00:00.123Z")))
                .body("items[0].outcome", equalTo("unchanged"));
        bulk(given(), List.of(Map.of("id", id, "at", "2026-03-01T09:00:00Z")))
                .body("items[0].status", equalTo(400))
                .body("items[0].problem.errors.field", hasItem("at"));
        bulk(given(), List.of(Map.of("id", id, "status", "CLOSED", "at", "2999-01-01T00:00:00Z")))
                .body("items[0].status", equalTo(400))
                .body("items[0].problem.errors.field", hasItem("at"));
        given().get("/api/v1/events/" + id)
                .then()
                .body("status", equalTo("OPEN"))
                .header("ETag", opened);
    }

    @Test
    void eachEventPublishesItsDraftAndItsMoves() {
        String id = bulk(given(), List.of(withStatus(Fixtures.event("FORUM", 20, null), "OPEN")))
                .extract()
                .path("items[0].id");
        List<EventEnvelope> published = TopicRecords.awaitEvents(Topics.EVENTS_EVENTS, id, found -> found.size() >= 2);
        assertEquals(
                List.of("org.southsouth.events.EventDrafted", "org.southsouth.events.EventStatusChanged"),
                published.stream().map(EventEnvelope::type).toList());
    }

    /** The window is between one batch's claim of an external id and its draft: the other finds the id, no event. */
    @Test
    void theSameBatchSentTwiceAtOnceDraftsEachEventOnceAndAnswersNoItemWithAServerError() throws Exception {
        UUID host = Fixtures.organization();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> event = Fixtures.event("WEBINAR", 20, null);
            event.put("hostOrganizationId", host.toString());
            items.add(withStatus(external("twice-" + i, event), "OPEN"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<List<Integer>> send =
                () -> bulk(as(coordinator), items).extract().path("items.status");
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : pool.invokeAll(List.of(send, send))) {
            statuses.addAll(answer.get());
        }
        pool.shutdown();

        assertTrue(statuses.stream().allMatch(status -> status < 500), statuses.toString());
        given().queryParam("hostOrganizationId", host.toString())
                .get("/api/v1/events")
                .then()
                .body("total", equalTo(20));
        bulk(as(coordinator), items).body("items.outcome", everyItem(equalTo("unchanged")));
    }

    private static ValidatableResponse bulk(RequestSpecification as, List<Map<String, Object>> items) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post(BULK)
                .then()
                .statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static Map<String, Object> withStatus(Map<String, Object> event, String status) {
        Map<String, Object> item = new HashMap<>(event);
        item.put("status", status);
        return item;
    }

    private Map<String, Object> external(String externalId, Map<String, Object> event) {
        Map<String, Object> item = new HashMap<>(event);
        item.put("externalId", prefix + externalId);
        return item;
    }
}
