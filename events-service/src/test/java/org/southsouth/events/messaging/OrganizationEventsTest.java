package org.southsouth.events.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventHeaders;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

/** Organizations are learnt from partner-service's events on the real broker, once each and never backwards. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class OrganizationEventsTest {

    private static final String CONSUMER = "events-service.organizations";

    @Inject
    OrganizationReplicaStore replica;

    @Inject
    ProcessedEventStore processed;

    @Test
    void aRegisteredOrganizationMayHostAndADeactivatedOneNoLonger() {
        UUID id = UUID.randomUUID();
        publish(event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "Kenya Volunteer Network", "ACTIVE"));
        KnownOrganization known = awaitSequence(id, 1);
        assertEquals(new KnownOrganization(id, "Kenya Volunteer Network", "KE", "ACTIVE", 1), known);
        Fixtures.create(hostedBy(id));

        publish(event(PartnerEvents.ORGANIZATION_DEACTIVATED, id, 2, "Kenya Volunteer Network", "INACTIVE"));
        awaitSequence(id, 2);
        given().contentType(ContentType.JSON)
                .body(hostedBy(id))
                .post("/api/v1/events")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://southsouth.org/problems/inactive-organization"));
    }

    @Test
    void theSyncStateSaysWhenAnOrganizationsChangeHasReachedThisService() {
        UUID id = UUID.randomUUID();
        given().queryParam("organizationId", id.toString())
                .get("/api/v1/events/sync-state")
                .then()
                .statusCode(200)
                .body("organizationRevision", equalTo(0))
                .body("topics.topic", hasItems(Topics.PARTNER_ORGANIZATIONS, Topics.VOLUNTEER_VOLUNTEERS))
                .body("topics.reading", everyItem(equalTo(true)));
        publish(event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "Uganda Volunteer Network", "ACTIVE"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().queryParam("organizationId", id.toString())
                        .get("/api/v1/events/sync-state")
                        .then()
                        .body("organizationRevision", equalTo(1)));
        given().get("/api/v1/events/sync-state").then().statusCode(200).body("organizationRevision", nullValue());
        given().queryParam("organizationId", "uganda")
                .get("/api/v1/events/sync-state")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationId"));
    }

    /** Guarantee: a duplicate, and an older event after a newer one, leave the replica at the newest state. */
    @Test
    void duplicatesAndStaleEventsChangeNothing() {
        UUID id = UUID.randomUUID();
        EventEnvelope renamed = event(PartnerEvents.ORGANIZATION_UPDATED, id, 2, "Renamed", "ACTIVE");
        EventEnvelope stale = event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "Stale", "PROSPECT");
        publish(renamed);
        publish(renamed);
        publish(stale);

        await().atMost(Duration.ofSeconds(30)).until(() -> processed.alreadyProcessed(CONSUMER, stale.id()));
        assertEquals(new KnownOrganization(id, "Renamed", "KE", "ACTIVE", 2), replica.find(id));
    }

    /** Guarantee: a record that can never be processed goes to the DLQ with its error; later records still apply. */
    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndLaterRecordsStillApply() throws Exception {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(
                Topics.PARTNER_ORGANIZATIONS,
                id.toString(),
                "{\"specversion\":\"1.0\",\"broken\":".getBytes(StandardCharsets.UTF_8));
        poison.headers().add(EventHeaders.CORRELATION_ID, "poison-org".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(brokerProperties(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(poison).get();
        }
        publish(event(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "After the poison", "ACTIVE"));

        awaitSequence(id, 1);
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(id.toString());
        assertEquals("poison-org", header(dead, EventHeaders.CORRELATION_ID));
        assertEquals(Topics.PARTNER_ORGANIZATIONS, header(dead, EventHeaders.DLQ_ORIGINAL_TOPIC));
        assertEquals("org.southsouth.contracts.MalformedEventException", header(dead, EventHeaders.DLQ_ERROR_CLASS));
    }

    private KnownOrganization awaitSequence(UUID id, long sequence) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> replica.find(id) != null && replica.find(id).sequence() == sequence);
        KnownOrganization known = replica.find(id);
        assertNotNull(known);
        return known;
    }

    private static Map<String, Object> hostedBy(UUID organization) {
        Map<String, Object> body = Fixtures.event("FORUM", 30, null);
        body.put("hostOrganizationId", organization.toString());
        return body;
    }

    private static void publish(EventEnvelope event) {
        TopicRecords.publish(Topics.PARTNER_ORGANIZATIONS, event);
    }

    private static EventEnvelope event(EventType type, UUID id, long sequence, String name, String status) {
        return EventEnvelope.of(
                type,
                id.toString(),
                sequence,
                new OrganizationV1(
                        id, name, "KVN", "22", "KE", "Africa", status, false, List.of(4), null, Instant.now()));
    }

    private static Properties brokerProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        return props;
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        Properties props = brokerProperties();
        props.put("group.id", "dlq-reader-" + key);
        props.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.PARTNER_ORGANIZATIONS)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
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
