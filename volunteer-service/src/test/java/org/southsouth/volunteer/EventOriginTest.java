package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/** Each event names the client that made the change, and the volunteer a volunteer client speaks for. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EventOriginTest {

    @Test
    void aVolunteersOwnChangeNamesTheVolunteerItsClientAndTheRequest() {
        String id = given().auth()
                .oauth2(TestTokens.forRoles("coordinator"))
                .contentType(ContentType.JSON)
                .header("X-Request-Id", "req-volunteer-origin-1")
                .body(Volunteers.profile(Organizations.active("KE")))
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.volunteer(id))
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .header("X-Request-Id", "req-volunteer-origin-2")
                .body("{\"residence\": \"TH\"}")
                .patch("/api/v1/volunteers/" + id)
                .then()
                .statusCode(200);

        List<EventOrigin> origins = TopicRecords.awaitRecords(Topics.VOLUNTEER_VOLUNTEERS, id, 2).stream()
                .map(record -> EventCodec.decode(record.value()).origin())
                .toList();

        assertEquals("coordinator", origins.get(0).actorRoles());
        assertEquals("req-volunteer-origin-1", origins.get(0).requestId());
        assertEquals(
                new EventOrigin("volunteer-" + id, "volunteer", null, id, "req-volunteer-origin-2", null),
                origins.get(1));
    }
}
