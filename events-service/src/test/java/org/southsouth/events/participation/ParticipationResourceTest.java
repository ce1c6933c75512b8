package org.southsouth.events.participation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ParticipationResourceTest {

    @Test
    void fiftyConcurrentRegistrationsForTenSeatsGiveExactlyTenSeats() throws Exception {
        String event = Fixtures.openEvent("FORUM", 20, 10);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<String, Object> participant = Fixtures.member("Participant " + i, "DELEGATE");
            outcomes.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(participant)
                        .post("/api/v1/events/" + event + "/participations")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("status");
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            statuses.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(10, statuses.stream().filter("REGISTERED"::equals).count());
        assertEquals(40, statuses.stream().filter("WAITLISTED"::equals).count());
        given().get("/api/v1/events/" + event)
                .then()
                .body("seatsTaken", equalTo(10))
                .body("seatsLeft", equalTo(0));
        given().queryParam("status", "REGISTERED")
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("total", equalTo(10));
    }

    @Test
    void aCancellationPromotesTheEarliestWaitlistedFirst() {
        String event = Fixtures.openEvent("EXCHANGE_CAMP", 20, 2);
        String first = Fixtures.register(event, Fixtures.member("Ana", "VOLUNTEER"));
        Fixtures.register(event, Fixtures.member("Bo", "VOLUNTEER"));
        String third = Fixtures.register(event, Fixtures.member("Chen", "VOLUNTEER"));
        String fourth = Fixtures.register(event, Fixtures.member("Dara", "VOLUNTEER"));
        given().get("/api/v1/events/" + event + "/participations/" + third)
                .then()
                .body("status", equalTo("WAITLISTED"));

        Fixtures.setParticipation(event, first, "CANCELLED");
        given().get("/api/v1/events/" + event + "/participations/" + third)
                .then()
                .body("status", equalTo("REGISTERED"));
        given().get("/api/v1/events/" + event + "/participations/" + fourth)
                .then()
                .body("status", equalTo("WAITLISTED"));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(2));

        // A newcomer does not overtake the waitlist: the next freed seat goes to the fourth.
        Fixtures.setParticipation(event, third, "CANCELLED");
        given().get("/api/v1/events/" + event + "/participations/" + fourth)
                .then()
                .body("status", equalTo("REGISTERED"));
        String newcomer = Fixtures.register(event, Fixtures.member("Eli", "VOLUNTEER"));
        given().get("/api/v1/events/" + event + "/participations/" + newcomer)
                .then()
                .body("status", equalTo("WAITLISTED"));
    }

    @Test
    void aRetriedMoveAnswersItsFirstResult() {
        String event = Fixtures.openEvent("FORUM", 20, 5);
        String id = Fixtures.register(event, Fixtures.member("Ana", "SPEAKER"));
        Supplier<Response> cancel = () -> given().header("Idempotency-Key", "cancel-" + id)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .post("/api/v1/events/" + event + "/participations/" + id + "/status");
        String cancelled = cancel.get().then().statusCode(200).extract().header("ETag");

        cancel.get()
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .header("ETag", cancelled)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void raisingTheCapacityPromotesTheWaitlist() {
        String event = Fixtures.openEvent("FORUM", 20, 1);
        Fixtures.register(event, Fixtures.member("Ana", "SPEAKER"));
        String waiting = Fixtures.register(event, Fixtures.member("Bo", "SPEAKER"));
        given().contentType("application/merge-patch+json")
                .body(Map.of("capacity", 2))
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(200);
        given().get("/api/v1/events/" + event + "/participations/" + waiting)
                .then()
                .body("status", equalTo("REGISTERED"));
        given().contentType("application/merge-patch+json")
                .body(Map.of("capacity", 1))
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(409);
    }

    @Test
    void aDelegationRegistersAsAWholeOrWaitsAsAWhole() {
        String event = Fixtures.openEvent("DELEGATION_VISIT", 20, 5);
        String organization = Fixtures.organization().toString();
        Map<String, Object> delegation = Map.of(
                "organizationId",
                organization,
                "role",
                "DELEGATE",
                "members",
                List.of("Li Wei", "Zhang Min", "Wang Fang"));
        String firstMember = given().contentType(ContentType.JSON)
                .body(delegation)
                .post("/api/v1/events/" + event + "/participations/groups")
                .then()
                .statusCode(201)
                .body("participations.status", equalTo(List.of("REGISTERED", "REGISTERED", "REGISTERED")))
                .extract()
                .path("participations[0].id");

        Map<String, Object> tooBig = Map.of(
                "organizationId",
                Fixtures.organization().toString(),
                "role",
                "DELEGATE",
                "members",
                List.of("A", "B", "C"));
        String waitingGroup = given().contentType(ContentType.JSON)
                .body(tooBig)
                .post("/api/v1/events/" + event + "/participations/groups")
                .then()
                .statusCode(201)
                .body("participations.status", equalTo(List.of("WAITLISTED", "WAITLISTED", "WAITLISTED")))
                .extract()
                .path("groupId");
        String single = Fixtures.register(event, Fixtures.member("Single", "DELEGATE"));
        given().get("/api/v1/events/" + event + "/participations/" + single)
                .then()
                .body("status", equalTo("WAITLISTED"));

        Map<String, Object> again =
                Map.of("organizationId", organization, "role", "DELEGATE", "members", List.of("New Member", "li  wei"));
        given().contentType(ContentType.JSON)
                .body(again)
                .post("/api/v1/events/" + event + "/participations/groups")
                .then()
                .statusCode(409);
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(3));
        given().queryParam("organizationId", organization)
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("total", equalTo(3));

        // One seat more and the waiting delegation fits: it moves up as a whole, ahead of the later single.
        Fixtures.setParticipation(event, firstMember, "CANCELLED");
        given().queryParam("groupId", waitingGroup)
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("items.status", equalTo(List.of("REGISTERED", "REGISTERED", "REGISTERED")));
        given().get("/api/v1/events/" + event + "/participations/" + single)
                .then()
                .body("status", equalTo("WAITLISTED"));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(5));
    }

    @Test
    void registrationNeedsAnOpenEventAndAClearParticipant() {
        String draft = Fixtures.create(Fixtures.event("FORUM", 20, null));
        given().contentType(ContentType.JSON)
                .body(Fixtures.member("Ana", "DELEGATE"))
                .post("/api/v1/events/" + draft + "/participations")
                .then()
                .statusCode(409);
        String open = Fixtures.openEvent("FORUM", 20, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("role", "DELEGATE"))
                .post("/api/v1/events/" + open + "/participations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("participant"));
        given().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", java.util.UUID.randomUUID().toString(), "role", "VOLUNTEER"))
                .post("/api/v1/events/" + open + "/participations")
                .then()
                .statusCode(422);
        String experts = Fixtures.organization().toString();
        Fixtures.register(open, Map.of("organizationId", experts, "name", "Ana", "role", "EXPERT"));
        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", experts, "name", " ana ", "role", "EXPERT"))
                .post("/api/v1/events/" + open + "/participations")
                .then()
                .statusCode(409);
    }

    @Test
    void attendanceIsRecordedOnlyOnceTheEventHasStartedAndRecordingItAgainChangesNothing() {
        String future = Fixtures.openEvent("CAPACITY_BUILDING", 20, null);
        String early = Fixtures.register(future, Fixtures.member("Ana", "VOLUNTEER"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ATTENDED"))
                .post("/api/v1/events/" + future + "/participations/" + early + "/status")
                .then()
                .statusCode(409);

        String started = Fixtures.openEvent("CAPACITY_BUILDING", -1, null);
        String present = Fixtures.register(started, Fixtures.member("Ana", "VOLUNTEER"));
        String absent = Fixtures.register(started, Fixtures.member("Bo", "VOLUNTEER"));
        String arrival = Instant.now()
                .minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "ATTENDED", "at", arrival))
                .put("/api/v1/events/" + started + "/participations/" + present + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ATTENDED"))
                .body("statusChangedAt", equalTo(arrival));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "NO_SHOW"))
                .put("/api/v1/events/" + started + "/participations/" + present + "/status")
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ATTENDED"))
                .post("/api/v1/events/" + started + "/participations/" + present + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        Fixtures.setParticipation(started, absent, "NO_SHOW");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .post("/api/v1/events/" + started + "/participations/" + absent + "/status")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "REGISTERED"))
                .post("/api/v1/events/" + started + "/participations/" + present + "/status")
                .then()
                .statusCode(409);
    }

    @Test
    void participationChangesArePublished() {
        String event = Fixtures.openEvent("WEBINAR", 20, 1);
        Fixtures.register(event, Fixtures.member("Ana", "SPEAKER"));
        String waiting = Fixtures.register(event, Fixtures.member("Bo", "SPEAKER"));
        String first = given().queryParam("status", "REGISTERED")
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .extract()
                .path("items[0].id");
        Fixtures.setParticipation(event, first, "CANCELLED");

        List<EventEnvelope> published =
                TopicRecords.awaitEvents(Topics.EVENTS_PARTICIPATIONS, waiting, found -> found.size() >= 2);
        assertEquals(
                List.of(
                        "org.southsouth.events.ParticipationRegistered",
                        "org.southsouth.events.ParticipationStatusChanged"),
                published.stream().map(EventEnvelope::type).toList());
        ParticipationV1 promoted = published.get(1).payload(ParticipationV1.class);
        assertEquals("REGISTERED", promoted.status());
        assertEquals("WEBINAR", promoted.eventKind());
        assertEquals(2L, published.get(1).sequence());
    }
}
