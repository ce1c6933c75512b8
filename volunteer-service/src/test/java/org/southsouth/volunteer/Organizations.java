package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;

/** Organizations as partner-service would announce them, sent through Kafka and awaited in the replica. */
final class Organizations {

    private Organizations() {}

    static UUID active(String country) {
        UUID id = UUID.randomUUID();
        announce(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, country, "ACTIVE");
        return id;
    }

    static UUID prospect(String country) {
        UUID id = UUID.randomUUID();
        announce(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, country, "PROSPECT");
        return id;
    }

    static void announce(EventType type, UUID id, long sequence, String country, String status) {
        OrganizationV1 organization = new OrganizationV1(
                id, "Organization " + id, null, "22", country, null, status, false, List.of(), null, Instant.now());
        EventEnvelope event = EventEnvelope.of(type, id.toString(), sequence, organization);
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.PARTNER_ORGANIZATIONS, id.toString(), EventCodec.encode(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/v1/host-organizations/" + id)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }
}
