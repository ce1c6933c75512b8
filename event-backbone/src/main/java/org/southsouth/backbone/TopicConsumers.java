package org.southsouth.backbone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The reliable consumers of one service, one consumer group per topic so that a rebalance of one never pauses
 * another, each reporting its lag and dead-lettered records.
 */
public final class TopicConsumers implements AutoCloseable {

    private final Map<String, Object> kafka;
    private final MeterRegistry registry;
    private final List<ReliableConsumer> consumers = new ArrayList<>();

    /** {@code kafka}: the service's Kafka client configuration (bootstrap servers and the like). */
    public TopicConsumers(Map<String, Object> kafka, MeterRegistry registry) {
        this.kafka = Map.copyOf(kafka);
        this.registry = registry;
    }

    public void start(String topic, String groupId, EventHandler handler) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put("client.id", groupId + "-" + topic);
        ReliableConsumer consumer = new ReliableConsumer(ConsumerSettings.of(config, groupId, List.of(topic)), handler);
        Gauge.builder("consumer.lag", consumer, ReliableConsumer::lag).tag("topic", topic)
                .description("Records not yet consumed").register(registry);
        Gauge.builder("consumer.dead.lettered", consumer, ReliableConsumer::deadLettered).tag("topic", topic)
                .register(registry);
        consumer.start();
        consumers.add(consumer);
    }

    @Override
    public void close() {
        consumers.forEach(ReliableConsumer::close);
    }
}
