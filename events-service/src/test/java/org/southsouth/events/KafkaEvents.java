package org.southsouth.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.PublishedRecordContract;
import org.southsouth.embedded.quarkus.KafkaTestResource;

/** Reads what the service published, each record checked against asyncapi.yaml, and publishes what other services would. */
public final class KafkaEvents {

    private KafkaEvents() {}

    /** Waits until the events of {@code key} on {@code topic} satisfy {@code enough}, and returns them in order. */
    public static List<EventEnvelope> await(String topic, String key, Predicate<List<EventEnvelope>> enough) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("group.id", "test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        PublishedRecordContract.assertConforms(topic, r.value());
                        found.add(EventCodec.decode(r.value()));
                    }
                });
                return enough.test(found);
            });
        }
        return found;
    }

    public static void publish(String topic, EventEnvelope event) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, event.subject(), EventCodec.encode(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
