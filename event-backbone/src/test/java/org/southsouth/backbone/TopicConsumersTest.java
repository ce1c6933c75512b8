package org.southsouth.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.embedded.EmbeddedKafkaBroker;
import org.southsouth.embedded.TopicRecords;

/** What a service's sync-state says of its consumers, on a real Kafka broker. */
class TopicConsumersTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafkaBroker.start(0, null);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void theLagCountsEveryRecordPublishedAndNotAppliedYetAndIsZeroOnceAllAre() throws Exception {
        String topic = newTopic();
        Gate gate = new Gate();
        try (TopicConsumers consumers =
                new TopicConsumers(kafkaConfig(), new SimpleMeterRegistry(), ConsumerRetries.defaults())) {
            consumers.start(topic, "lag-test", gate::handle);
            publish(topic, 5);
            gate.awaitHolding();

            // The consumer holds the first record: none of the five is applied, whatever it has fetched.
            assertEquals(5L, lagOf(consumers, topic));

            gate.open();
            await().atMost(DELIVERY).until(() -> lagOf(consumers, topic) == 0L);
            assertEquals(5, gate.applied());

            gate.shut();
            publish(topic, 3);
            gate.awaitHolding();
            waitOutReusedLag();
            assertEquals(3L, lagOf(consumers, topic));
            gate.open();
        }
    }

    @Test
    void aWaitAnswersTrueOnlyOnceEveryRecordPublishedBeforeItIsApplied() throws Exception {
        String held = newTopic();
        String flowing = newTopic();
        Gate gate = new Gate();
        AtomicInteger flowed = new AtomicInteger();
        try (TopicConsumers consumers =
                new TopicConsumers(kafkaConfig(), new SimpleMeterRegistry(), ConsumerRetries.defaults())) {
            consumers.start(held, "held-group", gate::handle);
            consumers.start(flowing, "flowing-group", event -> flowed.incrementAndGet());
            publish(flowing, 4);
            publish(held, 6);
            gate.awaitHolding();

            assertFalse(consumers.awaitApplied(Duration.ofMillis(300)));

            gate.open();
            assertTrue(consumers.awaitApplied(DELIVERY));
            assertEquals(6, gate.applied());
            assertEquals(4, flowed.get());
        }
    }

    /** A service's revision of a record, asked for with a wait, says what it knew when the wait ended. */
    @Test
    void aSyncStateReadsTheRevisionAfterItsWaitAndSaysCaughtUpOnlyWhenAskedToWait() throws Exception {
        String topic = newTopic();
        Gate gate = new Gate();
        try (TopicConsumers consumers =
                new TopicConsumers(kafkaConfig(), new SimpleMeterRegistry(), ConsumerRetries.defaults())) {
            consumers.start(topic, "revision-group", gate::handle);
            publish(topic, 3);
            gate.awaitHolding();
            Thread opener = new Thread(() -> {
                sleep(Duration.ofMillis(300));
                gate.open();
            });
            opener.start();

            SyncState state = consumers.syncState(5, () -> (long) gate.applied());

            opener.join();
            assertEquals(Boolean.TRUE, state.caughtUp());
            assertEquals(3L, state.organizationRevision());
            assertEquals(List.of(new TopicSyncState(topic, true, 0L)), state.topics());
            assertNull(consumers.syncState(null, () -> null).caughtUp());
        }
    }

    @Test
    void aTopicNothingWasPublishedToHasNoLagAndNothingToWaitFor() {
        String topic = newTopic();
        try (TopicConsumers consumers =
                new TopicConsumers(kafkaConfig(), new SimpleMeterRegistry(), ConsumerRetries.defaults())) {
            consumers.start(topic, "idle-group", event -> {});

            assertTrue(consumers.awaitApplied(Duration.ofSeconds(1)));
            assertEquals(0L, lagOf(consumers, topic));
        }
    }

    private static Long lagOf(TopicConsumers consumers, String topic) {
        return consumers.syncStates().stream()
                .filter(state -> state.topic().equals(topic))
                .findFirst()
                .orElseThrow()
                .lag();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitOutReusedLag() throws InterruptedException {
        Thread.sleep(TopicConsumers.LAG_REUSED_FOR.toMillis() + 50);
    }

    private static void publish(String topic, int count) throws Exception {
        TopicRecords.publishOrganizations(kafkaConfig(), topic, count);
    }

    private static Map<String, Object> kafkaConfig() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    private static String newTopic() {
        return "sync-state-test-" + TOPICS.incrementAndGet();
    }

    /** A handler that holds each record until opened, and says when it holds one. */
    private static final class Gate {

        private final AtomicInteger applied = new AtomicInteger();
        private volatile CountDownLatch opened = new CountDownLatch(1);
        private volatile CountDownLatch holding = new CountDownLatch(1);

        void handle(EventEnvelope event) {
            holding.countDown();
            try {
                opened.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            applied.incrementAndGet();
        }

        void awaitHolding() throws InterruptedException {
            assertTrue(holding.await(DELIVERY.toSeconds(), TimeUnit.SECONDS));
        }

        void open() {
            opened.countDown();
        }

        void shut() {
            holding = new CountDownLatch(1);
            opened = new CountDownLatch(1);
        }

        int applied() {
            return applied.get();
        }
    }
}
