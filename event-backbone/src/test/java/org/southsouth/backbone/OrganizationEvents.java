package org.southsouth.backbone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;

/** Organization events sent straight to a topic, each of its own aggregate, as the tests' input. */
final class OrganizationEvents {

    private OrganizationEvents() {}

    /** Sends {@code count} events to the topic in order; the events sent. */
    static List<EventEnvelope> publish(Map<String, Object> kafkaConfig, String topic, int count) throws Exception {
        List<EventEnvelope> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(kafkaConfig, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                OrganizationV1 state = new OrganizationV1(
                        id,
                        "Organization " + i,
                        null,
                        "22",
                        "NP",
                        "Asia and the Pacific",
                        "ACTIVE",
                        false,
                        List.of(),
                        null,
                        Instant.now());
                EventEnvelope event = EventEnvelope.of(PartnerEvents.ORGANIZATION_UPDATED, id.toString(), 1, state);
                producer.send(new ProducerRecord<>(topic, event.subject(), EventCodec.encode(event)))
                        .get();
                sent.add(event);
            }
        }
        return sent;
    }
}
