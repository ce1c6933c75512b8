package org.southsouth.backbone;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The reliable consumers of one service, one consumer group per topic so that a rebalance of one never pauses
 * another, each reporting its lag, dead-lettered records and restarts.
 */
public final class TopicConsumers implements AutoCloseable {

    private final Map<String, Object> kafka;
    private final MeterRegistry registry;
    // Read by readiness checks on other threads while startup adds to it.
    private final Map<String, ReliableConsumer> consumers = new ConcurrentSkipListMap<>();

    /** {@code kafka}: the service's Kafka client configuration (bootstrap servers and the like). */
    public TopicConsumers(Map<String, Object> kafka, MeterRegistry registry) {
        this.kafka = Map.copyOf(kafka);
        this.registry = registry;
    }

    public void start(String topic, String groupId, EventHandler handler) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put("client.id", groupId + "-" + topic);
        ReliableConsumer consumer = new ReliableConsumer(ConsumerSettings.of(config, groupId, List.of(topic)), handler);
        Gauge.builder("consumer.lag", consumer, ReliableConsumer::lag)
                .tag("topic", topic)
                .description("Records not yet consumed")
                .register(registry);
        Gauge.builder("consumer.dead.lettered", consumer, ReliableConsumer::deadLettered)
                .tag("topic", topic)
                .register(registry);
        Gauge.builder("consumer.restarts", consumer, ReliableConsumer::restarts)
                .tag("topic", topic)
                .description("Restarts after a failure outside the handler")
                .register(registry);
        consumer.start();
        consumers.put(topic, consumer);
    }

    /** Each topic, by name, and whether its consumer reads now (false while it waits to restart, or ended). */
    /** Per topic, what the service has applied of it so far. */
    public List<TopicSyncState> syncStates() {
        return consumers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new TopicSyncState(
                        entry.getKey(),
                        entry.getValue().running(),
                        entry.getValue().lag()))
                .toList();
    }

    public SortedMap<String, Boolean> readingByTopic() {
        SortedMap<String, Boolean> reading = new TreeMap<>();
        consumers.forEach((topic, consumer) -> reading.put(topic, consumer.running()));
        return reading;
    }

    @Override
    public void close() {
        consumers.values().forEach(ReliableConsumer::close);
    }
}
