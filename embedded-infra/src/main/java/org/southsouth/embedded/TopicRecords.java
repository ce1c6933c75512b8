package org.southsouth.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.PublishedRecordContract;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;

/**
 * What tests read back from a topic and send to one: the records of one aggregate (its key) read from the first, each
 * checked against {@code asyncapi.yaml} as it is read, and events sent as another service would send them. Reading
 * and {@link #publish(String, EventEnvelope)} use the {@code @QuarkusTest}s' broker ({@link KafkaTestResource}).
 */
public final class TopicRecords {

    private static final Duration AT_MOST = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private TopicRecords() {}

    /** Waits until at least {@code count} records keyed {@code key} are on the topic; them in order. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, String key, int count) {
        return await(topic, key, found -> found.size() >= count);
    }

    /** Waits until the events of {@code key} on {@code topic} satisfy {@code enough}; them in order. */
    public static List<EventEnvelope> awaitEvents(String topic, String key, Predicate<List<EventEnvelope>> enough) {
        return decoded(await(topic, key, found -> enough.test(decoded(found))));
    }

    /** Sends the event keyed by its subject and waits for Kafka's acknowledgement. */
    public static void publish(String topic, EventEnvelope event) {
        send(Map.of("bootstrap.servers", KafkaTestResource.broker().bootstrapServers()), topic, List.of(event));
    }

    /** Sends {@code count} organization events to the topic in order, each of its own aggregate; the events sent. */
    public static List<EventEnvelope> publishOrganizations(Map<String, Object> kafkaConfig, String topic, int count) {
        List<EventEnvelope> events = new ArrayList<>();
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
            events.add(EventEnvelope.of(PartnerEvents.ORGANIZATION_UPDATED, id.toString(), 1, state));
        }
        send(kafkaConfig, topic, events);
        return events;
    }

    private static List<ConsumerRecord<String, byte[]>> await(
            String topic, String key, Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                KafkaTestResource.broker().bootstrapServers(),
                "group.id",
                "test-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + AT_MOST.toNanos();
            do {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("After " + AT_MOST.toSeconds() + " s, " + found.size() + " records keyed "
                            + key + " on " + topic + " were not enough");
                }
                consumer.poll(POLL).forEach(record -> {
                    if (key.equals(record.key())) {
                        PublishedRecordContract.assertConforms(topic, record.value());
                        found.add(record);
                    }
                });
            } while (!enough.test(found));
        }
        return found;
    }

    private static List<EventEnvelope> decoded(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(found -> EventCodec.decode(found.value())).toList();
    }

    private static void send(Map<String, Object> kafkaConfig, String topic, List<EventEnvelope> events) {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(kafkaConfig, new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope event : events) {
                producer.send(new ProducerRecord<>(topic, event.subject(), EventCodec.encode(event)))
                        .get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic + ": " + e.getMessage(), e);
        }
    }
}
