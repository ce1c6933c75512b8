package org.southsouth.backbone;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.apache.kafka.common.TopicPartition;
import org.southsouth.backbone.GroupOffsets.KafkaUnanswered;

/**
 * The reliable consumers of one service, one consumer group per topic so that a rebalance of one never pauses
 * another, each reporting its lag, dead-lettered records and restarts; and how far each group has applied its topic,
 * asked of Kafka when a client wants to know ({@link #syncState(Integer, Supplier)}).
 */
public final class TopicConsumers implements AutoCloseable {

    /** How long a lag read from Kafka is answered again, so clients asking often do not each ask Kafka. */
    static final Duration LAG_REUSED_FOR = Duration.ofMillis(200);

    private static final Duration AWAIT_POLL = Duration.ofMillis(50);

    private final Map<String, Object> kafka;
    private final MeterRegistry registry;
    private final ConsumerRetries retries;
    // Read by readiness checks on other threads while startup adds to it.
    private final Map<String, ReliableConsumer> consumers = new ConcurrentSkipListMap<>();
    private final Map<String, String> groupByTopic = new ConcurrentSkipListMap<>();
    private GroupOffsets offsets;
    private volatile LagReading lastLag;

    /** {@code kafka}: the service's Kafka client configuration (bootstrap servers and the like). */
    public TopicConsumers(Map<String, Object> kafka, MeterRegistry registry, ConsumerRetries retries) {
        this.kafka = Map.copyOf(kafka);
        this.registry = registry;
        this.retries = retries;
    }

    public void start(String topic, String groupId, EventHandler handler) {
        start(topic, groupId, handler, null);
    }

    /** {@code together}: the unit of work each poll's records are first applied in (see {@link ReliableConsumer}). */
    public void start(String topic, String groupId, EventHandler handler, PollTransaction together) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put("client.id", groupId + "-" + topic);
        ReliableConsumer consumer =
                new ReliableConsumer(ConsumerSettings.of(config, groupId, List.of(topic), retries), handler, together);
        Gauge.builder("consumer.lag", consumer, ReliableConsumer::lag)
                .tag("topic", topic)
                .description("Records not yet consumed, as of the consumer's last poll")
                .register(registry);
        Gauge.builder("consumer.dead.lettered", consumer, ReliableConsumer::deadLettered)
                .tag("topic", topic)
                .register(registry);
        Gauge.builder("consumer.restarts", consumer, ReliableConsumer::restarts)
                .tag("topic", topic)
                .description("Restarts after a failure outside the handler")
                .register(registry);
        consumer.start();
        groupByTopic.put(topic, groupId);
        consumers.put(topic, consumer);
    }

    /**
     * What the service answers on its sync-state: with {@code waitSeconds} (null: no wait) it first waits that long at
     * most until it has applied what was on its topics ({@link #awaitApplied(Duration)}); then the topics
     * ({@link #syncStates()}) and the revision of the organization asked about (null when none was), read after the
     * wait so that they say what the wait achieved.
     */
    public SyncState syncState(Integer waitSeconds, Supplier<Long> organizationRevision) {
        Boolean caughtUp = waitSeconds == null ? null : awaitApplied(Duration.ofSeconds(waitSeconds));
        return new SyncState(syncStates(), organizationRevision.get(), caughtUp);
    }

    /**
     * Per topic, whether its consumer reads now and how many of its records wait: the partitions' end offsets minus
     * the group's committed offsets, read from Kafka at most {@link #LAG_REUSED_FOR} before; the lag is null when
     * Kafka does not answer.
     */
    public List<TopicSyncState> syncStates() {
        Map<String, Long> lags = lags();
        return consumers.entrySet().stream()
                .map(entry ->
                        new TopicSyncState(entry.getKey(), entry.getValue().running(), lags.get(entry.getKey())))
                .toList();
    }

    /**
     * Waits until every record published to the topics before the call has been applied (its offset committed by
     * the topic's group), at most {@code max}; true when it has, false when the time ran out or Kafka did not answer.
     * Records published during the wait are not waited for, so a steady stream of writes cannot keep it waiting.
     */
    public boolean awaitApplied(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            Map<TopicPartition, Long> ends = offsets().ends(groupByTopic.keySet());
            while (!reached(offsets().next(groupByTopic, ends.keySet()), ends)) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(AWAIT_POLL.toMillis());
            }
            return true;
        } catch (KafkaUnanswered e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each topic, by name, and whether its consumer reads now (false while it waits to restart, or ended). */
    public SortedMap<String, Boolean> readingByTopic() {
        SortedMap<String, Boolean> reading = new TreeMap<>();
        consumers.forEach((topic, consumer) -> reading.put(topic, consumer.running()));
        return reading;
    }

    @Override
    public void close() {
        consumers.values().forEach(ReliableConsumer::close);
        synchronized (this) {
            if (offsets != null) {
                offsets.close();
            }
        }
    }

    private Map<String, Long> lags() {
        LagReading last = lastLag;
        if (last != null && System.nanoTime() - last.readAt() < LAG_REUSED_FOR.toNanos()) {
            return last.byTopic();
        }
        Map<String, Long> byTopic = new HashMap<>();
        try {
            Map<TopicPartition, Long> ends = offsets().ends(groupByTopic.keySet());
            Map<TopicPartition, Long> next = offsets().next(groupByTopic, ends.keySet());
            groupByTopic.keySet().forEach(topic -> byTopic.put(topic, 0L));
            ends.forEach((partition, end) ->
                    byTopic.merge(partition.topic(), Math.max(0, end - next.getOrDefault(partition, 0L)), Long::sum));
        } catch (KafkaUnanswered e) {
            return Map.of();
        }
        lastLag = new LagReading(System.nanoTime(), byTopic);
        return byTopic;
    }

    private static boolean reached(Map<TopicPartition, Long> next, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> next.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    /** Created on first use: a service that never answers its sync-state opens no admin connection. */
    private synchronized GroupOffsets offsets() {
        if (offsets == null) {
            offsets = new GroupOffsets(kafka, "sync-state-" + String.join("+", groupByTopic.values()));
        }
        return offsets;
    }

    private record LagReading(long readAt, Map<String, Long> byTopic) {}
}
