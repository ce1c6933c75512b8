package org.southsouth.events.journal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.FeedMirror;
import org.southsouth.events.Fixtures;
import org.southsouth.events.participation.ParticipationStore;

/**
 * A volunteer's erasure reaches the journal: no history shows their name or id any more, each of their participations
 * records the erasure, and a mirror kept from the feed loses the personal values as the list does.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class JournalErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final UUID volunteer = UUID.randomUUID();
    private final UUID home = Fixtures.organization();

    @Inject
    ParticipationStore participations;

    @Test
    void erasureRedactsTheVolunteerFromHistoryAndTheFeedMirrorFollowsTheList() {
        String event = Fixtures.openEvent("EXCHANGE_CAMP", 20, 10);
        TopicRecords.publish(
                Topics.VOLUNTEER_VOLUNTEERS,
                EventEnvelope.of(
                        VolunteerEvents.VOLUNTEER_REGISTERED,
                        volunteer.toString(),
                        1,
                        new VolunteerV1(
                                volunteer, "Budi Santoso", "ID", home, List.of("id"), "ACTIVE", Instant.now())));
        String[] registered = new String[1];
        await().atMost(PATIENCE)
                .untilAsserted(() -> registered[0] = given().auth()
                        .oauth2(TestTokens.volunteer(volunteer))
                        .contentType(ContentType.JSON)
                        .body(Map.of("volunteerId", volunteer.toString(), "role", "VOLUNTEER"))
                        .post("/api/v1/events/" + event + "/participations")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        String own = registered[0];
        String cancelled = Fixtures.register(
                event, Map.of("organizationId", home.toString(), "name", "Li Wei", "role", "DELEGATE"));
        Fixtures.setParticipation(event, cancelled, "CANCELLED");
        String removed = Fixtures.register(
                event, Map.of("organizationId", home.toString(), "name", "Ana Silva", "role", "EXPERT"));
        FeedMirror mirror = new FeedMirror("/api/v1/participations/changes", TestTokens.admin());
        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertNotNull(mirror.get(removed));
            assertEquals("Budi Santoso", mirror.field(own, "name"));
        });

        participations.delete(List.of(UUID.fromString(removed)));
        TopicRecords.publish(
                Topics.VOLUNTEER_VOLUNTEERS,
                EventEnvelope.of(
                        VolunteerEvents.VOLUNTEER_ERASED,
                        volunteer.toString(),
                        2,
                        new VolunteerErasedV1(volunteer, Instant.now())));

        String history = "/api/v1/events/" + event + "/participations/" + own + "/history";
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> given().get(history).then().statusCode(200).body("items[0].kind", equalTo("ERASED")));
        String body = given().get(history)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].causationId", notNullValue())
                .body("items[0].changes.find { it.field == 'erased' }.after", equalTo(true))
                .body("items[1].changes.find { it.field == 'status' }.after", equalTo("REGISTERED"))
                .extract()
                .asString();
        // The test token's client id is made of the volunteer's id; a client id is the app's, not personal data.
        String values = body.replace("\"clientId\":\"volunteer-" + volunteer + "\"", "");
        assertFalse(values.contains("Budi") || values.contains(volunteer.toString()), body);

        await().atMost(PATIENCE).untilAsserted(() -> {
            mirror.sync();
            assertEquals(
                    ChangeFeedTest.byId(participationsOf(event)), ChangeFeedTest.byId(mirror.where("eventId", event)));
        });
        assertEquals("deleted", mirror.tombstone(removed));
        assertEquals(true, mirror.field(own, "erased"));
        assertEquals("CANCELLED", mirror.field(cancelled, "status"));
    }

    private static List<Map<String, Object>> participationsOf(String event) {
        return given().queryParam("size", 200)
                .get("/api/v1/events/" + event + "/participations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}
