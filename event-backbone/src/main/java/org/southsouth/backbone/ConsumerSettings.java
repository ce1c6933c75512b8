package org.southsouth.backbone;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * What a reliable consumer reads and how hard it tries.
 *
 * @param kafkaConfig  client settings, at least {@code bootstrap.servers}
 * @param groupId      consumer group; instances of one service share it and so share the partitions
 * @param topics       topics to read
 * @param maxAttempts  attempts per record before it goes to the dead-letter topic
 * @param firstBackoff pause after the first failed attempt, doubled after each further one
 * @param firstRestartDelay pause before the consumer starts again after a failure outside the handler, doubled
 *     while restarts commit nothing
 * @param maxRestartDelay the longest pause between restarts
 */
public record ConsumerSettings(
        Map<String, Object> kafkaConfig,
        String groupId,
        Collection<String> topics,
        int maxAttempts,
        Duration firstBackoff,
        Duration firstRestartDelay,
        Duration maxRestartDelay) {

    public static ConsumerSettings of(
            Map<String, Object> kafkaConfig, String groupId, Collection<String> topics, ConsumerRetries retries) {
        return new ConsumerSettings(
                kafkaConfig,
                groupId,
                topics,
                retries.maxAttempts(),
                retries.firstBackoff(),
                retries.firstRestartDelay(),
                retries.maxRestartDelay());
    }
}
