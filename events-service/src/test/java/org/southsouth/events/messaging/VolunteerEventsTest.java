package org.southsouth.events.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

/** Volunteers are learnt from volunteer-service's events; an erasure removes their personal data, not the figures. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class VolunteerEventsTest {

    private final UUID volunteer = UUID.randomUUID();
    private final UUID home = UUID.randomUUID();

    @Test
    void aKnownVolunteerRegistersAndStaleOrDuplicateEventsChangeNothing() {
        String event = Fixtures.openEvent("EXCHANGE_CAMP", 20, null);
        publish(VolunteerEvents.VOLUNTEER_REGISTERED, 1, "Amina Hassan");
        EventEnvelope renamed = volunteerEvent(VolunteerEvents.VOLUNTEER_UPDATED, 3, "Amina H. Hassan");
        TopicRecords.publish(Topics.VOLUNTEER_VOLUNTEERS, renamed);
        TopicRecords.publish(Topics.VOLUNTEER_VOLUNTEERS, renamed);
        publish(VolunteerEvents.VOLUNTEER_UPDATED, 2, "Stale Name");

        String participation = awaitRegistration(event);
        given().get("/api/v1/events/" + event + "/participations/" + participation)
                .then()
                .body("volunteerId", equalTo(volunteer.toString()))
                .body("organizationId", equalTo(home.toString()));
        // The stale event came last: once everything is consumed the replica must still hold sequence 3's name.
        String later = Fixtures.openEvent("FORUM", 20, null);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String id = register(later);
            String name = given().get("/api/v1/events/" + later + "/participations/" + id)
                    .then()
                    .extract()
                    .path("name");
            Fixtures.setParticipation(later, id, "CANCELLED");
            org.junit.jupiter.api.Assertions.assertEquals("Amina H. Hassan", name);
        });
    }

    @Test
    void erasureRemovesPersonalDataFromParticipationsAndKeepsTheFigures() {
        String hub = Fixtures.organization().toString();
        Map<String, Object> body = Fixtures.event("CAPACITY_BUILDING", -5, 10);
        body.put("hostOrganizationId", hub);
        String event = Fixtures.create(body);
        Fixtures.moveTo(event, "OPEN");
        publish(VolunteerEvents.VOLUNTEER_REGISTERED, 1, "Budi Santoso");
        String participation = awaitRegistration(event);
        Fixtures.setParticipation(event, participation, "ATTENDED");
        Fixtures.moveTo(event, "CLOSED", "COMPLETED");

        TopicRecords.publish(
                Topics.VOLUNTEER_VOLUNTEERS,
                EventEnvelope.of(
                        VolunteerEvents.VOLUNTEER_ERASED,
                        volunteer.toString(),
                        2,
                        new VolunteerErasedV1(volunteer, Instant.now())));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/v1/events/" + event + "/participations/" + participation)
                        .then()
                        .body("erased", equalTo(true))
                        .body("name", nullValue())
                        .body("volunteerId", nullValue())
                        .body("status", equalTo("ATTENDED"))
                        .body("role", equalTo("VOLUNTEER")));
        given().queryParam("volunteerId", volunteer.toString())
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .body("total", equalTo(0));
        given().queryParam("organizationId", hub)
                .get("/api/v1/events/statistics")
                .then()
                .body("participants", equalTo(1))
                .body("participantsByRole", equalTo(Map.of("VOLUNTEER", 1)));
        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(1));

        // Erased stays erased, even if an older-looking update arrives afterwards.
        publish(VolunteerEvents.VOLUNTEER_UPDATED, 3, "Budi Santoso");
        String other = Fixtures.openEvent("FORUM", 20, null);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("volunteerId", volunteer.toString(), "role", "VOLUNTEER"))
                        .post("/api/v1/events/" + other + "/participations")
                        .then()
                        .statusCode(422));
    }

    private String awaitRegistration(String event) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> id[0] = register(event));
        return id[0];
    }

    private String register(String event) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer.toString(), "role", "VOLUNTEER"))
                .post("/api/v1/events/" + event + "/participations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void publish(EventType type, long sequence, String name) {
        TopicRecords.publish(Topics.VOLUNTEER_VOLUNTEERS, volunteerEvent(type, sequence, name));
    }

    private EventEnvelope volunteerEvent(EventType type, long sequence, String name) {
        return EventEnvelope.of(
                type,
                volunteer.toString(),
                sequence,
                new VolunteerV1(volunteer, name, "ID", home, List.of("id", "en"), "ACTIVE", Instant.now()));
    }
}
