package org.southsouth.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class LogRetentionTest {

    private static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(40));

    @Inject
    LogRetention retention;

    @Inject
    EntityManager entities;

    @Test
    void endedDeliveriesAndUnreferencedEventsPastTheirRetentionGoAndWhatIsStillOwedStays() {
        UUID subscription = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hook",
                        "eventTypes",
                        List.of("events.knowledge.*"),
                        "enabled",
                        false))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        UUID oldDelivered = event(LONG_AGO);
        UUID oldOwed = event(LONG_AGO);
        UUID oldUnreferenced = event(LONG_AGO);
        UUID recent = event(Instant.now());
        UUID endedDelivery = delivery(subscription, oldDelivered, "DELIVERED");
        UUID owedDelivery = delivery(subscription, oldOwed, "PENDING");

        Instant now = Instant.now();
        retention.prune(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(7)));

        assertEquals(0, count("delivery", endedDelivery));
        assertEquals(1, count("delivery", owedDelivery));
        assertEquals(0, count("platform_event", oldDelivered));
        assertEquals(0, count("platform_event", oldUnreferenced));
        assertEquals(1, count("platform_event", oldOwed));
        assertEquals(1, count("platform_event", recent));
    }

    private UUID event(Instant received) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> entities.createNativeQuery("INSERT INTO platform_event "
                                + "(event_id, topic, type, subject, time, envelope, received_at) VALUES (?1, 'events.knowledge', "
                                + "'org.southsouth.events.KnowledgeProductDrafted', ?2, ?3, CAST('{}' AS jsonb), ?3)")
                        .setParameter(1, id)
                        .setParameter(2, UUID.randomUUID().toString())
                        .setParameter(3, received)
                        .executeUpdate());
        return id;
    }

    private UUID delivery(UUID subscription, UUID event, String status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> entities.createNativeQuery("INSERT INTO delivery (id, subscription_id, event_id, "
                                + "event_type, subject, status, created_at) VALUES (?1, ?2, ?3, 'x', ?4, ?5, ?6)")
                        .setParameter(1, id)
                        .setParameter(2, subscription)
                        .setParameter(3, event)
                        .setParameter(4, event.toString())
                        .setParameter(5, status)
                        .setParameter(6, LONG_AGO)
                        .executeUpdate());
        return id;
    }

    private long count(String table, UUID id) {
        String column = table.equals("delivery") ? "id" : "event_id";
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entities.createNativeQuery(
                                        "SELECT count(*) FROM " + table + " WHERE " + column + " = ?1")
                                .setParameter(1, id)
                                .getSingleResult())
                        .longValue());
    }
}
