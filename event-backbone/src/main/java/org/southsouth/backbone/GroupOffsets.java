package org.southsouth.backbone;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The offsets that say how far a consumer group is, asked of Kafka at the moment: where each partition of a topic
 * ends (as a read_committed consumer sees it) and where the group will read next (its committed offset, which a
 * {@link ReliableConsumer} commits only after the effect; the partition's start while it has committed none).
 * Answers whatever instance of a service holds a partition, unlike one consumer's own view of its assignment.
 */
final class GroupOffsets implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;

    GroupOffsets(Map<String, Object> kafka, String clientId) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                config.put(name, value);
            }
        });
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        this.admin = Admin.create(config);
    }

    /** Per partition of the topics, the offset the next record published there will take; none for a topic absent. */
    Map<TopicPartition, Long> ends(Collection<String> topics) throws KafkaUnanswered {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicPartition partition : partitions(topics)) {
            latest.put(partition, OffsetSpec.latest());
        }
        return offsets(latest);
    }

    /**
     * Per partition, the offset the group reading its topic will apply next: its committed offset, or the partition's
     * first offset while it has committed none (the consumers start at the earliest record).
     */
    Map<TopicPartition, Long> next(Map<String, String> groupByTopic, Set<TopicPartition> partitions)
            throws KafkaUnanswered {
        Map<String, Set<TopicPartition>> byGroup = new HashMap<>();
        partitions.forEach(
                partition -> byGroup.computeIfAbsent(groupByTopic.get(partition.topic()), group -> new HashSet<>())
                        .add(partition));
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        byGroup.forEach(
                (group, ofGroup) -> specs.put(group, new ListConsumerGroupOffsetsSpec().topicPartitions(ofGroup)));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = specs.isEmpty()
                ? Map.of()
                : answer(admin.listConsumerGroupOffsets(specs).all());
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<TopicPartition, OffsetSpec> uncommitted = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed
                    .getOrDefault(groupByTopic.get(partition.topic()), Map.of())
                    .get(partition);
            if (offset == null) {
                uncommitted.put(partition, OffsetSpec.earliest());
            } else {
                next.put(partition, offset.offset());
            }
        }
        next.putAll(offsets(uncommitted));
        return next;
    }

    private Set<TopicPartition> partitions(Collection<String> topics) throws KafkaUnanswered {
        Set<TopicPartition> partitions = new HashSet<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> topic :
                admin.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                answer(topic.getValue())
                        .partitions()
                        .forEach(info -> partitions.add(new TopicPartition(topic.getKey(), info.partition())));
            } catch (KafkaUnanswered e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // Nothing was ever published to it, so nothing waits there.
            }
        }
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> specs) throws KafkaUnanswered {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        if (!specs.isEmpty()) {
            answer(admin.listOffsets(specs, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                            .all())
                    .forEach((partition, info) -> offsets.put(partition, info.offset()));
        }
        return offsets;
    }

    private static <T> T answer(KafkaFuture<T> future) throws KafkaUnanswered {
        try {
            return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaUnanswered(e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnanswered(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnanswered(e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    /** Kafka did not answer in time, or refused: how far a group is cannot be said now. */
    static final class KafkaUnanswered extends Exception {
        private static final long serialVersionUID = 1L;

        KafkaUnanswered(Throwable cause) {
            super(cause);
        }
    }
}
