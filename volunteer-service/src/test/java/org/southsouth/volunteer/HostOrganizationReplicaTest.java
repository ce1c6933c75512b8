package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventHeaders;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HostOrganizationReplicaTest {

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void connect() {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void anOrganizationEventReachesTheReplicaAndTheSyncStateSaysSo() throws Exception {
        UUID id = UUID.randomUUID();
        given().queryParam("organizationId", id.toString())
                .get("/api/v1/volunteers/sync-state")
                .then()
                .statusCode(200)
                .body("organizationRevision", equalTo(0))
                .body("topics.topic", hasItem(Topics.PARTNER_ORGANIZATIONS));
        send(event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "PROSPECT"));

        awaitStatus(id, "PROSPECT");
        given().get("/api/v1/host-organizations/" + id).then().body("country", equalTo("KE"));
        given().queryParam("organizationId", id.toString())
                .get("/api/v1/volunteers/sync-state")
                .then()
                .body("organizationRevision", equalTo(1));
    }

    /** One request with waitSeconds replaces polling: it answers once what was on the topic when asked is applied. */
    @Test
    void aSyncStateRequestThatWaitsAnswersOnceTheEventsPublishedBeforeItAreApplied() throws Exception {
        UUID id = UUID.randomUUID();
        send(event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "PROSPECT"));
        send(event(PartnerEvents.ORGANIZATION_UPDATED, id, 2, "ACTIVE"));

        given().queryParam("organizationId", id.toString())
                .queryParam("waitSeconds", 5)
                .get("/api/v1/volunteers/sync-state")
                .then()
                .statusCode(200)
                .body("caughtUp", equalTo(true))
                .body("organizationRevision", equalTo(2))
                .body("topics.find { it.topic == '" + Topics.PARTNER_ORGANIZATIONS + "' }.lag", equalTo(0));
        given().get("/api/v1/host-organizations/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aWaitOutsideOneToFiveSecondsIsABadRequestNamingWaitSeconds() {
        for (String wait : List.of("0", "6", "soon")) {
            given().queryParam("waitSeconds", wait)
                    .get("/api/v1/volunteers/sync-state")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("waitSeconds"));
        }
    }

    /** Guarantee: a duplicate, and an older event after a newer one, leave the replica at the newest state. */
    @Test
    void duplicatesAndStaleEventsLeaveTheReplicaCorrect() throws Exception {
        UUID id = UUID.randomUUID();
        EventEnvelope registered = event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "PROSPECT");
        EventEnvelope activated = event(PartnerEvents.ORGANIZATION_UPDATED, id, 2, "ACTIVE");

        send(activated);
        send(activated);
        send(registered);
        awaitStatus(id, "ACTIVE");
        send(EventEnvelope.of(
                PartnerEvents.ORGANIZATION_UPDATED,
                id.toString(),
                3,
                new OrganizationV1(
                        id, "Marker", "KVN", "22", "KE", "Africa", "ACTIVE", false, List.of(1), null, Instant.now())));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/v1/host-organizations/" + id)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Marker"))
                        .body("status", equalTo("ACTIVE")));
    }

    /** Guarantee: a record that can never be processed goes to the DLQ with its error; the next ones still apply. */
    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndLaterRecordsStillApply() throws Exception {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(
                Topics.PARTNER_ORGANIZATIONS,
                id.toString(),
                "{\"specversion\":\"1.0\",\"broken\":".getBytes(StandardCharsets.UTF_8));
        poison.headers().add(EventHeaders.CORRELATION_ID, "poison-1".getBytes(StandardCharsets.UTF_8));
        producer.send(poison).get();
        send(event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "ACTIVE"));

        awaitStatus(id, "ACTIVE");
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(id.toString());
        assertEquals("poison-1", header(dead, EventHeaders.CORRELATION_ID));
        assertEquals(Topics.PARTNER_ORGANIZATIONS, header(dead, EventHeaders.DLQ_ORIGINAL_TOPIC));
        assertEquals("org.southsouth.contracts.MalformedEventException", header(dead, EventHeaders.DLQ_ERROR_CLASS));
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/v1/host-organizations/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }

    private void send(EventEnvelope event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.PARTNER_ORGANIZATIONS, event.subject(), EventCodec.encode(event)))
                .get();
    }

    private static EventEnvelope event(EventType type, UUID id, long sequence, String status) {
        return EventEnvelope.of(
                type,
                id.toString(),
                sequence,
                new OrganizationV1(
                        id,
                        "Kenya Volunteer Network",
                        "KVN",
                        "22",
                        "KE",
                        "Africa",
                        status,
                        false,
                        List.of(1),
                        null,
                        Instant.now()));
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("group.id", "dlq-reader-" + key);
        props.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.PARTNER_ORGANIZATIONS)));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
