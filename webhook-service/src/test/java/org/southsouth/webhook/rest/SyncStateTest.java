package org.southsouth.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCatalog;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.webhook.Events;
import org.southsouth.webhook.Receiver;
import org.southsouth.webhook.delivery.DeliveryFlowTest;

/** What webhook-service answers on its sync-state: every topic it reads, and a wait that ends once deliveries are queued. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class SyncStateTest {

    private static final String SYNC_STATE = "/api/v1/webhooks/sync-state";
    private static final Duration CATCH_UP = Duration.ofSeconds(40);

    @Inject
    EntityManager entities;

    private Receiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void theSyncStateNamesEveryTopicOfTheCatalogAndNoOrganizationRevision() {
        List<String> topics =
                EventCatalog.ALL.stream().map(EventType::topic).distinct().toList();
        var answer = given().get(SYNC_STATE).then().statusCode(200);
        topics.forEach(topic -> answer.body("topics.topic", hasItem(topic)));
        answer.body("topics.size()", equalTo(topics.size()))
                .body("topics.reading", everyItem(equalTo(true)))
                .body("organizationRevision", nullValue())
                .body("caughtUp", nullValue());
    }

    /** Applied means planned: once the wait answers, the deliveries the event owes are queued. */
    @Test
    void aWaitAnswersOnceTheDeliveriesOfTheEventsPublishedBeforeItAreQueued() throws Exception {
        receiver = new Receiver();
        UUID subscription = UUID.fromString(
                DeliveryFlowTest.subscribe(TestTokens.admin(), receiver, Topics.PARTNER_ORGANIZATIONS + ".*")
                        .getString("id"));
        EventEnvelope registered = Events.organization(UUID.randomUUID());

        // A consumer group still joining may take longer than one wait: ask again until one says caught up.
        await().atMost(CATCH_UP)
                .untilAsserted(() -> given().queryParam("waitSeconds", 5)
                        .get(SYNC_STATE)
                        .then()
                        .statusCode(200)
                        .body("caughtUp", equalTo(true))
                        .body("topics.find { it.topic == '" + Topics.PARTNER_ORGANIZATIONS + "' }.lag", equalTo(0)));
        assertEquals(1L, deliveriesOf(subscription, registered), "the event's delivery is queued when caught up");
    }

    @Test
    void aWaitOutsideOneToFiveSecondsIsABadRequestNamingWaitSeconds() {
        for (String wait : List.of("0", "6", "soon")) {
            given().queryParam("waitSeconds", wait)
                    .get(SYNC_STATE)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("waitSeconds"));
        }
    }

    private long deliveriesOf(UUID subscription, EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entities.createNativeQuery(
                        "SELECT count(*) FROM delivery WHERE subscription_id = ?1 AND event_id = ?2", Long.class)
                .setParameter(1, subscription)
                .setParameter(2, UUID.fromString(event.id()))
                .getSingleResult());
    }
}
