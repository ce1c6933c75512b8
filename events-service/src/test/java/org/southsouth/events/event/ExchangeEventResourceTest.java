package org.southsouth.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.events.ExchangeEventV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ExchangeEventResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aDelegationVisitKeepsItsOwnFieldsAndItsLocalTimes() {
        Map<String, Object> body = Fixtures.event("DELEGATION_VISIT", 30, 20);
        body.put("title", "北京代表团访问加德满都");
        body.put("country", "NP");
        body.put("timeZone", "Asia/Kathmandu");
        body.put("startsAt", "2026-09-01T01:00:00Z");
        body.put("endsAt", "2026-09-05T09:00:00Z");
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", startsWith("http"))
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");

        given().get("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("北京代表团访问加德满都"))
                .body("delegationVisit.delegatesCount", equalTo(12))
                .body("expertMission", nullValue())
                .body("localStart", equalTo("2026-09-01T06:45:00"))
                .body("seatsLeft", equalTo(20));
    }

    @Test
    void kindSpecificFieldsAreRequiredForTheirKindAndOnlyForIt() {
        Map<String, Object> visitWithout = Fixtures.event("DELEGATION_VISIT", 30, null);
        visitWithout.remove("delegationVisit");
        expectFieldError(visitWithout, "delegationVisit");

        Map<String, Object> forumWithMission = Fixtures.event("FORUM", 30, null);
        forumWithMission.put(
                "expertMission", Fixtures.event("EXPERT_MISSION", 30, null).get("expertMission"));
        expectFieldError(forumWithMission, "expertMission");

        Map<String, Object> badZone = Fixtures.event("WEBINAR", 30, null);
        badZone.put("timeZone", "Mars/Olympus");
        expectFieldError(badZone, "timeZone");

        Map<String, Object> nowhere = Fixtures.event("FORUM", 30, null);
        nowhere.remove("country");
        expectFieldError(nowhere, "country");

        Map<String, Object> backwards = Fixtures.event("WEBINAR", 30, null);
        backwards.put("endsAt", "2020-01-01T00:00:00Z");
        expectFieldError(backwards, "endsAt");

        Map<String, Object> picnic = Fixtures.event("FORUM", 30, null);
        picnic.put("kind", "PICNIC");
        expectFieldError(picnic, "kind");
    }

    @Test
    void anOnlineWebinarNeedsNoCountry() {
        Map<String, Object> body = Fixtures.event("WEBINAR", 30, null);
        body.remove("country");
        body.remove("city");
        body.put("online", true);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("online", equalTo(true))
                .body("country", nullValue())
                .body("seatsLeft", nullValue());
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndIfMatchGuardsAgainstLostUpdates() {
        String id = Fixtures.create(Fixtures.event("FORUM", 30, 100));
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(Map.of("title", "South-South Volunteer Forum", "city", "Shanghai"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("South-South Volunteer Forum"))
                .body("city", equalTo("Shanghai"))
                .body("capacity", equalTo(100))
                .body("sdgs", equalTo(List.of(4, 17)));

        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(Map.of("title", "Stale writer"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().contentType(MERGE_PATCH)
                .body("{\"capacity\": null}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("capacity", nullValue())
                .body("version", equalTo(3));

        given().contentType(MERGE_PATCH)
                .body(Map.of("status", "COMPLETED"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        given().contentType(MERGE_PATCH)
                .body("{\"title\": null}")
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        given().get("/api/v1/events/" + id)
                .then()
                .body("title", equalTo("South-South Volunteer Forum"))
                .body("version", equalTo(3));
    }

    @Test
    void theLifecycleRefusesSkippedStepsAndCompletesOnlyAfterTheEnd() {
        String future = Fixtures.create(Fixtures.event("CAPACITY_BUILDING", 30, null));
        changeStatus(future, "COMPLETED", 409);
        changeStatus(future, "OPEN", 200);
        changeStatus(future, "DRAFT", 409);
        changeStatus(future, "CLOSED", 200);
        changeStatus(future, "COMPLETED", 409);
        changeStatus(future, "CANCELLED", 200);
        changeStatus(future, "OPEN", 409);
        given().contentType(MERGE_PATCH)
                .body(Map.of("title", "Too late"))
                .patch("/api/v1/events/" + future)
                .then()
                .statusCode(409);

        String past = Fixtures.create(Fixtures.event("EXCHANGE_CAMP", -10, null));
        Fixtures.moveTo(past, "OPEN", "CLOSED");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "COMPLETED"))
                .post("/api/v1/events/" + past + "/status")
                .then()
                .statusCode(412);
        changeStatus(past, "COMPLETED", 200);
        changeStatus(past, "CANCELLED", 409);
    }

    @Test
    void aStatusMoveRetriedWithItsIdempotencyKeyAnswersTheFirstResultEvenAfterALaterMove() {
        String id = Fixtures.create(Fixtures.event("FORUM", 30, null));
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        changeStatus(id, "CLOSED", 200);

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("OPEN"));
        given().get("/api/v1/events/" + id).then().header("ETag", "\"3\"").body("status", equalTo("CLOSED"));
    }

    @Test
    void aMoveToTheStatusTheEventAlreadyHasChangesNothing() {
        String id = Fixtures.openEvent("WEBINAR", 30, null);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().get("/api/v1/events/" + id).then().header("ETag", "\"2\"");
    }

    @Test
    void aStepIsDatedWhenItHappenedNeverInTheFutureAndRepeatingItWithTheSameDateChangesNothing() {
        String id = Fixtures.create(Fixtures.event("FORUM", 30, null));
        Map<String, Object> opening = Map.of("status", "OPEN", "at", "2026-11-30T09:00:00.123456Z");
        given().contentType(ContentType.JSON)
                .body(opening)
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200)
                .body("statusChangedAt", equalTo("2026-11-30T09:00:00.123Z"));
        given().contentType(ContentType.JSON)
                .body(opening)
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN", "at", "2026-12-01T09:00:00Z"))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "status",
                        "CLOSED",
                        "at",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("at"));
        given().get("/api/v1/events/" + id)
                .then()
                .header("ETag", "\"2\"")
                .body("statusChangedAt", equalTo("2026-11-30T09:00:00.123Z"));
    }

    @Test
    void aListAndAnEventAnswer304WhileNothingChanged() {
        Map<String, Object> body = Fixtures.event("FORUM", 30, null);
        String id = Fixtures.create(body);
        String list = "/api/v1/events?hostOrganizationId=" + body.get("hostOrganizationId");
        String listTag = given().get(list).then().statusCode(200).extract().header("ETag");
        String eventTag = given().get("/api/v1/events/" + id).then().extract().header("ETag");
        given().header("If-None-Match", listTag)
                .get(list)
                .then()
                .statusCode(304)
                .header("ETag", listTag);
        given().header("If-None-Match", eventTag)
                .get("/api/v1/events/" + id)
                .then()
                .statusCode(304)
                .header("ETag", eventTag);

        Fixtures.moveTo(id, "OPEN");
        given().header("If-None-Match", eventTag)
                .get("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        given().header("If-None-Match", listTag).get(list).then().statusCode(200);
    }

    @Test
    void theEarlierPutFormOfAStatusMoveKeepsWorkingAndIsMarkedDeprecated() {
        String id = Fixtures.create(Fixtures.event("FORUM", 30, null));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .put("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        given().auth()
                .none()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("paths.'/api/v1/events/{id}/status'.put.deprecated", equalTo(true))
                .body("paths.'/api/v1/events/{id}/status'.post.deprecated", nullValue())
                .body("paths.'/api/v1/events/{eventId}/participations/{id}/status'.put.deprecated", equalTo(true))
                .body("paths.'/api/v1/knowledge-products/{id}/review-status'.put.deprecated", equalTo(true));
    }

    @Test
    void changesArePublishedInOrderWithTheVersionAsSequence() {
        String id = Fixtures.create(Fixtures.event("EXPERT_MISSION", 30, 5));
        given().contentType(MERGE_PATCH)
                .body(Map.of("capacity", 6))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        Fixtures.moveTo(id, "OPEN");

        List<EventEnvelope> published = TopicRecords.awaitEvents(Topics.EVENTS_EVENTS, id, found -> found.size() >= 3);
        assertEquals(
                List.of(
                        "org.southsouth.events.EventDrafted",
                        "org.southsouth.events.EventUpdated",
                        "org.southsouth.events.EventStatusChanged"),
                published.stream().map(EventEnvelope::type).toList());
        assertEquals(
                List.of(1L, 2L, 3L),
                published.stream().map(EventEnvelope::sequence).toList());
        assertEquals(6, published.get(1).payload(ExchangeEventV1.class).capacity());
        assertEquals("OPEN", published.get(2).payload(ExchangeEventV1.class).status());
        assertEquals(
                published.get(2).payload(ExchangeEventV1.class).updatedAt(),
                published.get(2).payload(ExchangeEventV1.class).statusChangedAt(),
                "a step dated now");
    }

    @Test
    void listsFilterSortAndPageWithATotal() {
        UUID host = Fixtures.organization();
        for (String country : List.of("KE", "NP", "TH")) {
            Map<String, Object> body = Fixtures.event("FORUM", 40, null);
            body.put("hostOrganizationId", host.toString());
            body.put("country", country);
            Fixtures.create(body);
        }
        given().queryParam("hostOrganizationId", host.toString())
                .queryParam("sort", "-country")
                .queryParam("size", 2)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.country", equalTo(List.of("TH", "NP")));
        given().queryParam("organizationId", host.toString())
                .queryParam("country", "KE")
                .queryParam("kind", "FORUM")
                .queryParam("sdg", 4)
                .queryParam("language", "zh")
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.country", everyItem(equalTo("KE")));
        given().queryParam("hostOrganizationId", host.toString())
                .queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        given().queryParam("sort", "secret")
                .get("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("size", 201).get("/api/v1/events").then().statusCode(400);
        given().queryParam("kind", "PICNIC")
                .get("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().queryParam("updatedSince", "yesterday")
                .get("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("updatedSince"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        UUID host = Fixtures.organization();
        Map<String, Object> body = Fixtures.event("WEBINAR", 30, null);
        body.put("hostOrganizationId", host.toString());
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
        given().queryParam("hostOrganizationId", host.toString())
                .get("/api/v1/events")
                .then()
                .body("total", equalTo(1));
    }

    private static void changeStatus(String id, String status, int expected) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(expected);
    }

    private static void expectFieldError(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
