package org.southsouth.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.webhook.Events;
import org.southsouth.webhook.Receiver;

/**
 * With a poll that never comes during the test, deliveries still go out: planned ones are claimed once their
 * transaction commits, and the next event of a record once its predecessor's attempt is recorded.
 */
@QuarkusTest
@TestProfile(ClaimWithoutPollingTest.NoPollDuringTheTest.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ClaimWithoutPollingTest {

    public static class NoPollDuringTheTest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webhook.delivery.poll-interval", "1h");
        }
    }

    @Test
    void plannedDeliveriesAndTheNextEventOfARecordGoOutWithoutWaitingForThePoll() throws IOException {
        try (Receiver receiver = new Receiver()) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("partner.organizations.*")))
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201);
            UUID record = UUID.randomUUID();
            List<String> published = List.of(version(record, 1), version(record, 2), version(record, 3));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receiver.received().size() == published.size());
            assertEquals(
                    published,
                    receiver.received().stream()
                            .map(request -> request.header("webhook-id"))
                            .toList());
        }
    }

    private static String version(UUID record, long sequence) {
        OrganizationV1 state = new OrganizationV1(
                record,
                "Organization " + sequence,
                null,
                "22",
                "NP",
                null,
                "ACTIVE",
                false,
                List.of(4),
                null,
                Instant.now());
        return Events.publish(PartnerEvents.ORGANIZATION_UPDATED, record, sequence, state)
                .id();
    }
}
