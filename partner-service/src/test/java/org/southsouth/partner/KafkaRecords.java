package org.southsouth.partner;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.southsouth.contracts.PublishedRecordContract;
import org.southsouth.embedded.quarkus.KafkaTestResource;

/** Reads what the service published to a topic for one aggregate, from the beginning, each record checked against asyncapi.yaml. */
public final class KafkaRecords {

    private KafkaRecords() {}

    public static List<ConsumerRecord<String, byte[]>> awaitFor(String topic, String key, int atLeast) {
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        props.put("group.id", "test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        PublishedRecordContract.assertConforms(topic, r.value());
                        found.add(r);
                    }
                });
                return found.size() >= atLeast;
            });
        }
        return found;
    }
}
