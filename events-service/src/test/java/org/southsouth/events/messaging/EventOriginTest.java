package org.southsouth.events.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.Fixtures;

/** Each event names the client that made the change, its roles and organization, and the request. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventOriginTest {

    @Test
    void anEventDraftedByAHostPartnerNamesThePartnerItsOrganizationAndTheRequest() {
        UUID host = Fixtures.organization();
        Map<String, Object> body = Fixtures.event("FORUM", 30, 20);
        body.put("hostOrganizationId", host.toString());
        String id = given().auth()
                .oauth2(TestTokens.partnerOf(host))
                .contentType(ContentType.JSON)
                .header("X-Request-Id", "req-events-origin-1")
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<EventEnvelope> published = TopicRecords.awaitEvents(Topics.EVENTS_EVENTS, id, found -> !found.isEmpty());

        assertEquals(
                new EventOrigin("partner-" + host, "partner", host.toString(), null, "req-events-origin-1", null),
                published.get(0).origin());
    }
}
