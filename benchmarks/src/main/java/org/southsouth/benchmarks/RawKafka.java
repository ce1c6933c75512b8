package org.southsouth.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The floor of every propagation figure: a plain producer (acks=all) to a plain consumer on a fresh topic. */
final class RawKafka {

    private RawKafka() {}

    /** Producer send → consumer poll latency of {@code messages} sent at {@code ratePerSecond}, after a warm-up. */
    static String latency(String bootstrap, int ratePerSecond, int messages) throws Exception {
        Latencies latencies = new Latencies();
        String topic = "bench.raw." + UUID.randomUUID();
        AtomicBoolean reading = new AtomicBoolean(true);
        Properties consumerProps = new Properties();
        consumerProps.putAll(
                Map.of("bootstrap.servers", bootstrap, "group.id", "bench-" + topic, "auto.offset.reset", "earliest"));
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer =
                    new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                while (reading.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                        latencies.add(System.nanoTime() - Long.parseLong(record.value()));
                    }
                }
            }
        });
        reader.start();
        Properties producerProps = new Properties();
        producerProps.putAll(Map.of("bootstrap.servers", bootstrap, "acks", "all", "linger.ms", "0"));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "warm-up", String.valueOf(System.nanoTime())))
                    .get();
            Thread.sleep(3_000);
            latencies.clear();
            Pacing.paced(
                    ratePerSecond,
                    messages,
                    i -> producer.send(new ProducerRecord<>(topic, "k" + i, String.valueOf(System.nanoTime()))));
        }
        Pacing.awaitCount(latencies, messages);
        reading.set(false);
        reader.join();
        return latencies.summary();
    }
}
