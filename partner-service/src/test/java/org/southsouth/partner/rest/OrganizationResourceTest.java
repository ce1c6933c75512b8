package org.southsouth.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventHeaders;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OrganizationResourceTest {

    @Test
    void registeringAnOrganizationPublishesOrganizationRegisteredWithTheRequestId() {
        String id = given().contentType(ContentType.JSON)
                .header("X-Request-Id", "req-registration-1")
                .body(Map.of("name", "Nepal Youth Volunteers 尼泊尔青年志愿者", "acronym", "NYV", "type", "22", "country", "NP"))
                .when().post("/api/v1/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .header("X-Request-Id", "req-registration-1")
                .body("status", equalTo("PROSPECT"))
                .extract().path("id");

        given().when().get("/api/v1/organizations/" + id)
                .then().statusCode(200).body("name", equalTo("Nepal Youth Volunteers 尼泊尔青年志愿者"));

        ConsumerRecord<String, byte[]> record = awaitRecordFor(id);
        EventEnvelope event = EventCodec.decode(record.value());
        assertEquals("org.southsouth.partner.OrganizationRegistered", event.type());
        assertEquals(1, event.sequence());
        assertEquals("NP", event.payload(OrganizationV1.class).country());
        assertEquals("req-registration-1",
                new String(record.headers().lastHeader(EventHeaders.CORRELATION_ID).value(), StandardCharsets.UTF_8));
    }

    @Test
    void anInvalidOrganizationIsRefusedWithFieldErrors() {
        long before = given().get("/api/v1/organizations").then().extract().jsonPath().getLong("total");

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "type", "NGO", "country", "Nepal"))
                .when().post("/api/v1/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", endsWith("/api/v1/organizations"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("name"));

        given().get("/api/v1/organizations").then().body("total", equalTo((int) before));
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        given().get("/api/v1/organizations/7b0e4a54-0d5e-4b8a-9c1e-2f3a4b5c6d7e")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/organizations/not-a-uuid").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void readinessReportsStoreAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'postgresql-and-kafka' }.data.kafka", equalTo("up"));
        given().get("/q/metrics").then().statusCode(200);
    }

    private static ConsumerRecord<String, byte[]> awaitRecordFor(String organizationId) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("group.id", "test-" + organizationId);
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.PARTNER_ORGANIZATIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (organizationId.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        assertNotNull(null, "No event for organization " + organizationId + " within 20 s");
        return null;
    }
}
