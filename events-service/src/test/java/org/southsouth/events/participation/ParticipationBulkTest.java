package org.southsouth.events.participation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.Fixtures;

/**
 * POST /api/v1/participations/bulk: participations with their final status, each item answered as the single calls
 * would (registration with seats and waitlist, then the status move), remembered by the caller's external ids.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ParticipationBulkTest {

    private static final Logger LOG = Logger.getLogger(ParticipationBulkTest.class);
    private static final String BULK = "/api/v1/participations/bulk";

    private final String prefix = UUID.randomUUID() + "-";
    private final String arrival = Instant.now()
            .minus(2, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();

    @Test
    void aMixedBatchAnswersEachItemInOrderAndStoresOnlyTheGoodOnes() {
        String event = Fixtures.openEvent("FORUM", -1, 20);
        UUID volunteer = Fixtures.volunteer(Fixtures.organization());
        List<Map<String, Object>> items = List.of(
                item(event, Fixtures.member("Ana", "DELEGATE"), "ATTENDED", arrival),
                Map.of(
                        "eventId",
                        event,
                        "organizationId",
                        Fixtures.organization().toString(),
                        "name",
                        "No Role"),
                item(event, Fixtures.member("Bo", "DELEGATE"), "PRESENT", null),
                item(event, Map.of("volunteerId", volunteer.toString(), "role", "VOLUNTEER"), null, null),
                item(event, Map.of("volunteerId", UUID.randomUUID().toString(), "role", "VOLUNTEER"), null, null),
                item(UUID.randomUUID().toString(), Fixtures.member("Chen", "DELEGATE"), null, null),
                item(event, Fixtures.member("Dara", "DELEGATE"), "REGISTERED", arrival));

        ValidatableResponse answer = bulk(given(), items)
                .statusCode(200)
                .body("items.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6)))
                .body(
                        "items.outcome",
                        equalTo(List.of("created", "failed", "failed", "created", "failed", "failed", "failed")))
                .body("items.status", equalTo(List.of(201, 400, 400, 201, 422, 404, 400)))
                .body("items[1].problem.errors.field", hasItem("role"))
                .body("items[2].problem.errors.field", hasItem("status"))
                .body("items[6].problem.errors.field", hasItem("at"))
                .body("items[1].id", nullValue())
                .body("created", equalTo(2))
                .body("failed", equalTo(5));

        String attended = answer.extract().path("items[0].id");
        given().get("/api/v1/events/" + event + "/participations/" + attended)
                .then()
                .body("status", equalTo("ATTENDED"))
                .body("statusChangedAt", equalTo(arrival))
                .body("name", equalTo("Ana"));
        given().get("/api/v1/events/" + event + "/participations").then().body("total", equalTo(2));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(2));
    }

    @Test
    void aPartnerWritesOnlyItsOwnParticipantsAndAttendanceOnlyAtItsOwnEvents() {
        UUID own = Fixtures.organization();
        UUID other = Fixtures.organization();
        String hostedByOther = Fixtures.openEvent("FORUM", -1, null);
        RequestSpecification partner = given().auth().oauth2(TestTokens.partnerOf(own));

        bulk(
                        partner,
                        List.of(
                                item(hostedByOther, member(own, "Amina Hassan"), null, null),
                                item(hostedByOther, member(other, "Li Wei"), null, null),
                                item(hostedByOther, member(own, "Kofi Mensah"), "ATTENDED", null),
                                item(hostedByOther, member(own, "Sara Haile"), "CANCELLED", null)))
                .statusCode(200)
                .body("items.status", equalTo(List.of(201, 403, 403, 201)));

        given().queryParam("sort", "name")
                .get("/api/v1/events/" + hostedByOther + "/participations")
                .then()
                .body("items.name", equalTo(List.of("Amina Hassan", "Sara Haile")))
                .body("items.status", equalTo(List.of("REGISTERED", "CANCELLED")));
        given().get("/api/v1/events/" + hostedByOther).then().body("seatsTaken", equalTo(1));
    }

    @Test
    void aResentBatchWithExternalIdsUpdatesTheSameParticipationsAndCreatesNone() {
        String event = Fixtures.openEvent("CAPACITY_BUILDING", -1, 10);
        Map<String, Object> ana = Fixtures.member("Ana", "DELEGATE");
        Map<String, Object> bo = Fixtures.member("Bo", "DELEGATE");
        List<String> ids = bulk(
                        given(),
                        List.of(
                                external("p-1", item(event, ana, null, null)),
                                external("p-2", item(event, bo, null, null))))
                .statusCode(200)
                .body("items.outcome", equalTo(List.of("created", "created")))
                .body("items.externalId", equalTo(List.of(prefix + "p-1", prefix + "p-2")))
                .extract()
                .path("items.id");

        bulk(
                        given(),
                        List.of(
                                external("p-1", item(event, ana, null, null)),
                                external("p-2", item(event, bo, null, null))))
                .body("items.outcome", equalTo(List.of("unchanged", "unchanged")))
                .body("items.id", equalTo(ids));
        bulk(
                        given(),
                        List.of(
                                external("p-1", item(event, ana, "ATTENDED", arrival)),
                                external("p-2", item(event, bo, "NO_SHOW", null))))
                .body("items.outcome", equalTo(List.of("updated", "updated")))
                .body("items.id", equalTo(ids));
        bulk(
                        given(),
                        List.of(
                                external("p-1", item(event, ana, "ATTENDED", arrival)),
                                external(
                                        "p-2",
                                        item(event, Fixtures.member("Someone Else", "DELEGATE"), "NO_SHOW", null))))
                .body("items.outcome", equalTo(List.of("unchanged", "failed")))
                .body("items.status", equalTo(List.of(200, 409)));

        given().queryParam("sort", "name")
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("total", equalTo(2))
                .body("items.status", equalTo(List.of("ATTENDED", "NO_SHOW")));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(2));
    }

    @Test
    void theSameExternalIdTwiceInOneBatchFailsTheSecondItem() {
        String event = Fixtures.openEvent("FORUM", 20, null);
        bulk(
                        given(),
                        List.of(
                                external("twice", item(event, Fixtures.member("Ana", "DELEGATE"), null, null)),
                                external("twice", item(event, Fixtures.member("Bo", "DELEGATE"), null, null))))
                .body("items.status", equalTo(List.of(201, 400)))
                .body("items[1].problem.errors.field", hasItem("externalId"));
        given().get("/api/v1/events/" + event + "/participations").then().body("total", equalTo(1));
    }

    /** Registered together with the others of its event, the second of one participant is refused as its own would be. */
    @Test
    void theSameParticipantTwiceInOneBatchIsRegisteredOnceAndHoldsOneSeat() {
        String event = Fixtures.openEvent("FORUM", -1, 20);
        Map<String, Object> ana = Fixtures.member("Ana", "DELEGATE");
        String first = bulk(
                        given(),
                        List.of(
                                item(event, ana, "ATTENDED", arrival),
                                external("ana-again", item(event, ana, null, null)),
                                item(event, Fixtures.member("Bo", "DELEGATE"), null, null)))
                .body("items.status", equalTo(List.of(201, 409, 201)))
                .body("items[1].problem.detail", containsString("already registered"))
                .extract()
                .path("items[0].id");
        given().get("/api/v1/events/" + event + "/participations/" + first)
                .then()
                .body("status", equalTo("ATTENDED"));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(2));
        // The refused item's external id names nothing: sent alone, it is refused the same way, not moved on.
        bulk(given(), List.of(external("ana-again", item(event, ana, null, null))))
                .body("items.status", equalTo(List.of(409)));
    }

    @Test
    void registrationKeepsTheSeatProtocolAWaitingParticipantHasNoAttendance() {
        String event = Fixtures.openEvent("WEBINAR", -1, 1);
        bulk(
                        given(),
                        List.of(
                                item(event, Fixtures.member("Ana", "SPEAKER"), null, null),
                                item(event, Fixtures.member("Bo", "SPEAKER"), null, null),
                                item(event, Fixtures.member("Chen", "SPEAKER"), "ATTENDED", null)))
                .body("items.outcome", equalTo(List.of("created", "created", "failed")))
                .body("items.status", equalTo(List.of(201, 201, 409)));

        given().queryParam("sort", "name")
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("items.status", equalTo(List.of("REGISTERED", "WAITLISTED")));
        given().get("/api/v1/events/" + event)
                .then()
                .body("seatsTaken", equalTo(1))
                .body("seatsLeft", equalTo(0));
    }

    @Test
    void aBatchRetriedWithTheSameIdempotencyKeyGetsTheFirstResult() {
        String event = Fixtures.openEvent("FORUM", 20, null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("items", List.of(item(event, Fixtures.member("Ana", "DELEGATE"), null, null)));
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
        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item(event, Fixtures.member("Bo", "DELEGATE"), null, null))))
                .post(BULK)
                .then()
                .statusCode(422);
        given().get("/api/v1/events/" + event + "/participations").then().body("total", equalTo(1));
    }

    @Test
    void aBatchOfNoneOrMoreThanFiveHundredItemsIsRefusedWhole() {
        String event = Fixtures.openEvent("FORUM", 20, null);
        UUID organization = Fixtures.organization();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(item(event, member(organization, "Member " + i), null, null));
        }
        for (Object body : List.of(
                Map.of("items", tooMany),
                Map.of("items", List.of()),
                Map.of("entries", List.of()),
                Map.of("items", List.of("not an item")))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post(BULK)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field[0]", startsWith("items"));
        }
        given().get("/api/v1/events/" + event + "/participations").then().body("total", equalTo(0));
    }

    @Test
    void eachParticipationPublishesItsRegistrationAndItsStep() {
        String event = Fixtures.openEvent("FORUM", -1, null);
        String id = bulk(given(), List.of(item(event, Fixtures.member("Ana", "DELEGATE"), "ATTENDED", arrival)))
                .extract()
                .path("items[0].id");

        List<EventEnvelope> published =
                TopicRecords.awaitEvents(Topics.EVENTS_PARTICIPATIONS, id, found -> found.size() >= 2);
        assertEquals(
                List.of(
                        "org.southsouth.events.ParticipationRegistered",
                        "org.southsouth.events.ParticipationStatusChanged"),
                published.stream().map(EventEnvelope::type).toList());
        assertEquals("ATTENDED", published.get(1).payload(ParticipationV1.class).status());
    }

    /** Between one batch's claim of an external id and its registration the other finds the id and no participation. */
    @Test
    void theSameBatchSentTwiceAtOnceRegistersEachParticipantOnceAndAnswersNoItemWithAServerError() throws Exception {
        String event = Fixtures.openEvent("FORUM", -1, null);
        UUID organization = Fixtures.organization();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(external("twice-" + i, item(event, member(organization, "Twice " + i), "ATTENDED", arrival)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<List<Integer>> send = () -> bulk(given(), items).extract().path("items.status");
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : pool.invokeAll(List.of(send, send))) {
            statuses.addAll(answer.get());
        }
        pool.shutdown();

        assertTrue(statuses.stream().allMatch(status -> status < 500), statuses.toString());
        given().queryParam("status", "ATTENDED")
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("total", equalTo(30));
        bulk(given(), items).body("items.outcome", everyItem(equalTo("unchanged")));
    }

    @Test
    void fiveHundredParticipationsWithTheirAttendanceGoThroughInOneBatch() {
        String event = Fixtures.openEvent("FORUM", -1, null);
        UUID organization = Fixtures.organization();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String status = i % 10 == 0 ? "NO_SHOW" : "ATTENDED";
            items.add(external("load-" + i, item(event, member(organization, "Participant " + i), status, arrival)));
        }
        long started = System.nanoTime();
        bulk(given(), items).statusCode(200).body("created", equalTo(500));
        LOG.infof(
                "500 participations with their attendance in one batch: %d ms",
                (System.nanoTime() - started) / 1_000_000);

        given().queryParam("status", "ATTENDED")
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("total", equalTo(450));
    }

    private ValidatableResponse bulk(RequestSpecification as, List<Map<String, Object>> items) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post(BULK)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> item(String event, Map<String, Object> participant, String status, String at) {
        Map<String, Object> item = new HashMap<>(participant);
        item.put("eventId", event);
        if (status != null) {
            item.put("status", status);
        }
        if (at != null) {
            item.put("at", at);
        }
        return item;
    }

    private Map<String, Object> external(String externalId, Map<String, Object> item) {
        Map<String, Object> named = new HashMap<>(item);
        named.put("externalId", prefix + externalId);
        return named;
    }

    private static Map<String, Object> member(UUID organization, String name) {
        return Map.of("organizationId", organization.toString(), "name", name, "role", "DELEGATE");
    }
}
