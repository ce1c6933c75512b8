package org.southsouth.partner.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.partner.Organizations;

/** Each event names the client, roles and organization of the token that made the change, and the request. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class EventOriginTest {

    @Test
    void eachEventCarriesTheActingClientItsRolesAndOrganizationAndTheRequestId() throws IOException {
        String coordinator = TestTokens.coordinator();
        String id = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("X-Request-Id", "req-origin-1")
                .body(Organizations.body("Lao Youth Union", "22", "LA"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.partnerOf(id))
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .header("X-Request-Id", "req-origin-2")
                .body("{\"acronym\": \"LYU\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);

        List<EventOrigin> origins = TopicRecords.awaitRecords(Topics.PARTNER_ORGANIZATIONS, id, 2).stream()
                .map(record -> EventCodec.decode(record.value()).origin())
                .toList();

        String coordinatorClient = clientIdOf(coordinator);
        assertEquals(
                new EventOrigin(coordinatorClient, "coordinator", null, null, "req-origin-1", null), origins.get(0));
        assertEquals(
                new EventOrigin("partner-" + UUID.fromString(id), "partner", id, null, "req-origin-2", null),
                origins.get(1));
    }

    private static String clientIdOf(String token) throws IOException {
        byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return new ObjectMapper().readTree(claims).get("client_id").asText();
    }
}
