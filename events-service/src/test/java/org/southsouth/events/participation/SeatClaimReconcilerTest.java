package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.event.EventKind;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEventStore;

/** Seats claimed by a registration that died before writing its participation go back, once, to the waitlist. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class SeatClaimReconcilerTest {

    @Inject
    SeatLedger seats;

    @Inject
    SeatClaimReconciler reconciler;

    @Inject
    ExchangeEventStore events;

    @Inject
    ParticipationStore participations;

    @Test
    void aSeatClaimedByACrashedRegistrationGoesToTheWaitlistOnce() {
        String event = Fixtures.openEvent("FORUM", 20, 2);
        crashAfterClaim(event, 1, Instant.now().minus(3, ChronoUnit.MINUTES));
        Fixtures.register(event, Fixtures.member("Ana", "DELEGATE"));
        String waiting = Fixtures.register(event, Fixtures.member("Bo", "DELEGATE"));
        participation(event, waiting).body("status", equalTo("WAITLISTED"));

        assertEquals(1, reconciler.reconcile());

        participation(event, waiting).body("status", equalTo("REGISTERED"));
        given().get("/api/v1/events/" + event)
                .then()
                .body("seatsTaken", equalTo(2))
                .body("seatsLeft", equalTo(0));
        assertEquals(List.of(), claims(event));
        assertEquals(0, reconciler.reconcile());
        given().get("/api/v1/events/" + event)
                .then()
                .body("seatsTaken", equalTo(2))
                .body("seatsLeft", equalTo(0));
        participation(event, waiting).body("status", equalTo("REGISTERED"));
    }

    @Test
    void aRegistrationStillUnderWayCannotTakeAVoidedSeat() {
        String event = Fixtures.openEvent("FORUM", 20, 1);
        SeatClaim claim = crashAfterClaim(event, 1, Instant.now().minus(3, ChronoUnit.MINUTES));
        assertEquals(1, reconciler.reconcile());

        Participation late = new Participation(
                UUID.randomUUID(),
                UUID.fromString(event),
                EventKind.FORUM,
                "CN",
                null,
                Fixtures.organization(),
                "Late",
                ParticipantRole.DELEGATE,
                ParticipationStatus.REGISTERED,
                null,
                false,
                Instant.now(),
                1,
                Instant.now(),
                Instant.now());
        assertFalse(participations.insert(
                late, claim.slot(0), new Document("id", UUID.randomUUID().toString())));
        given().get("/api/v1/events/" + event)
                .then()
                .body("seatsTaken", equalTo(0))
                .body("seatsLeft", equalTo(1));
    }

    @Test
    void aClaimYoungerThanTheGracePeriodIsLeftAlone() {
        String event = Fixtures.openEvent("FORUM", 20, 3);
        SeatClaim claim = crashAfterClaim(event, 2, Instant.now());

        reconciler.reconcile();

        given().get("/api/v1/events/" + event)
                .then()
                .body("seatsTaken", equalTo(2))
                .body("seatsLeft", equalTo(1));
        assertEquals(1, claims(event).size());
        seats.giveBack(claim, 2);
    }

    @Test
    void registrationsAndPromotionsLeaveNoPendingClaim() {
        String event = Fixtures.openEvent("EXCHANGE_CAMP", 20, 3);
        String first = Fixtures.register(event, Fixtures.member("Ana", "VOLUNTEER"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organizationId",
                        Fixtures.organization().toString(),
                        "role",
                        "DELEGATE",
                        "members",
                        List.of("Li Wei", "Zhang Min")))
                .post("/api/v1/events/" + event + "/participations/groups")
                .then()
                .statusCode(201);
        String waiting = Fixtures.register(event, Fixtures.member("Chen", "VOLUNTEER"));
        Fixtures.setParticipation(event, first, "CANCELLED");

        participation(event, waiting).body("status", equalTo("REGISTERED"));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(3));
        assertEquals(List.of(), claims(event));
    }

    /** Takes seats as a registration does, then stops as a killed process would: no participation holds them. */
    private SeatClaim crashAfterClaim(String event, int count, Instant at) {
        SeatClaim claim = seats.claim(UUID.fromString(event), count, List.of(EventStatus.OPEN), true);
        assertNotNull(claim);
        events.collection().updateOne(eq("_id", event), Updates.set("seatClaims.0.at", Date.from(at)));
        return claim;
    }

    private List<Document> claims(String event) {
        Document doc = events.collection().find(eq("_id", event)).first();
        assertNotNull(doc);
        return doc.getList("seatClaims", Document.class, List.of());
    }

    private static ValidatableResponse participation(String event, String id) {
        return given().get("/api/v1/events/" + event + "/participations/" + id).then();
    }
}
