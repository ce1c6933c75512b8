package org.southsouth.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.webhook.Events;
import org.southsouth.webhook.Receiver;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class QueueMetricsTest {

    @Inject
    DeliveryMetrics metrics;

    @Test
    void aSubscriptionsWaitingDeliveriesShowInItsQueueGauges() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(request -> new Receiver.Answer(503, Map.of("Retry-After", "3600"), 0));
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("partner.organizations.*")))
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Events.organization(UUID.randomUUID());
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> receiver.received().size() == 1);

            metrics.refreshPerSubscription();
            given().auth()
                    .none()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("webhook_subscription_queue_depth{subscription=\"" + id + "\"} 1.0"))
                    .body(containsString("webhook_subscription_queue_oldest_age_seconds{subscription=\"" + id + "\"}"))
                    .body(containsString("webhook_queue_depth"));
        }
    }
}
