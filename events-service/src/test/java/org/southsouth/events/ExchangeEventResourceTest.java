package org.southsouth.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.events.ExchangeEventV1;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ExchangeEventResourceTest {

    @Test
    void draftingAnEventStoresItAndPublishesEventDrafted() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "DELEGATION_VISIT", "title", "北京代表团访问加德满都", "country", "NP",
                        "startsAt", "2026-09-01T01:00:00Z", "endsAt", "2026-09-05T09:00:00Z", "capacity", 20, "sdgs", List.of(4, 17)))
                .when().post("/api/v1/events")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");

        given().get("/api/v1/events/" + id).then().statusCode(200).body("title", equalTo("北京代表团访问加德满都"));

        EventEnvelope published = awaitEvent(id);
        assertEquals("org.southsouth.events.EventDrafted", published.type());
        assertEquals(20, published.payload(ExchangeEventV1.class).capacity());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200)
                        .body("checks.find { it.name == 'mongodb-and-kafka' }.data.outboxUnsent", equalTo(0)));
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "WEBINAR", "title", "Backwards", "country", "KE",
                        "startsAt", "2026-09-05T01:00:00Z", "endsAt", "2026-09-01T09:00:00Z"))
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("endsAt"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "PICNIC", "title", "Unknown kind", "country", "KE",
                        "startsAt", "2026-09-01T01:00:00Z", "endsAt", "2026-09-02T09:00:00Z"))
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
    }

    private static EventEnvelope awaitEvent(String id) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("group.id", "test-" + id);
        props.put("auto.offset.reset", "earliest");
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS_EVENTS));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        found.add(EventCodec.decode(r.value()));
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }
}
