package org.southsouth.backbone.postgres;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.southsouth.backbone.ConsumerReadiness;
import org.southsouth.backbone.ConsumerRetries;
import org.southsouth.backbone.ConsumerSettings;
import org.southsouth.backbone.EventHandler;
import org.southsouth.backbone.ReliableConsumer;
import org.southsouth.backbone.TopicConsumers;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.EmbeddedKafkaBroker;
import org.southsouth.embedded.EmbeddedPostgresServer;
import org.southsouth.embedded.TopicRecords;

/** The backbone's guarantees, each proved on a real Kafka broker and a real PostgreSQL. */
class EventBackboneFaultTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafkaBroker.start(0, null);
        postgres = EmbeddedPostgresServer.start(0, null);
    }

    @AfterAll
    static void stop() {
        kafka.close();
        postgres.close();
    }

    /** Guarantee 1: writes accepted while Kafka is down are all delivered once it is back, each applied once. */
    @Test
    void eventsWrittenWhileKafkaIsDownAreAllDeliveredAndAppliedExactlyOnce() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        String topic = newTopic();
        kafka.stop();
        try (OutboxRelay relay = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults())) {
            relay.start();
            append(db, topic, 200, 20);
            // While Kafka is away the writes wait in the outbox: nothing is published, nothing is lost.
            await().during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(8))
                    .until(() -> relay.published() == 0 && relay.backlog().unsent() == 200);

            kafka.start();
            try (ReliableConsumer consumer = applyingConsumer(db, topic, "downstream")) {
                consumer.start();
                await().atMost(DELIVERY).until(() -> TestDatabase.count(db, "SELECT count(*) FROM applied") >= 200);
                await().atMost(DELIVERY).until(() -> relay.backlog().unsent() == 0);
            }
        }
        assertEquals(200, TestDatabase.count(db, "SELECT count(*) FROM applied"));
        assertEquals(200, TestDatabase.count(db, "SELECT count(DISTINCT event_id) FROM applied"));
    }

    /** Guarantee 5: two relays over one outbox publish every event, none twice, each aggregate in order. */
    @Test
    void twoRelaysOverOneOutboxPublishEveryEventOnceInAggregateOrder() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        String topic = newTopic();
        try (OutboxRelay first = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults());
                OutboxRelay second = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults())) {
            first.start();
            second.start();
            append(db, topic, 1000, 50);
            List<EventEnvelope> received = consume(topic, 1000);

            assertEquals(1000, received.size(), "every event published exactly once");
            assertEquals(
                    1000, received.stream().map(EventEnvelope::id).distinct().count());
            Map<String, Long> lastSequence = new HashMap<>();
            for (EventEnvelope event : received) {
                long previous = lastSequence.getOrDefault(event.subject(), 0L);
                assertEquals(previous + 1, event.sequence(), "aggregate " + event.subject() + " out of order");
                lastSequence.put(event.subject(), event.sequence());
            }
            assertEquals(1000, first.published() + second.published());
        }
    }

    /** Guarantee 4: a consumer killed after its effect but before committing offsets loses nothing, repeats nothing. */
    @Test
    void aConsumerKilledBetweenEffectAndOffsetCommitNeitherLosesNorRepeats() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        String topic = newTopic();
        try (OutboxRelay relay = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults())) {
            relay.start();
            append(db, topic, 50, 5);
            await().atMost(DELIVERY).until(() -> relay.backlog().unsent() == 0);
        }
        AtomicInteger handled = new AtomicInteger();
        EventHandler dyingAfterTheTwentyFifth = event -> {
            apply(db, "downstream", event);
            if (handled.incrementAndGet() == 25) {
                throw new KilledForTest();
            }
        };
        ReliableConsumer doomed = new ReliableConsumer(
                ConsumerSettings.of(kafkaConfig(), "downstream", List.of(topic), ConsumerRetries.defaults()),
                dyingAfterTheTwentyFifth);
        doomed.start();
        // The consumer thread dies of KilledForTest on purpose: that is not a failure of this test.
        await().dontCatchUncaughtExceptions().atMost(DELIVERY).until(() -> handled.get() >= 25);
        doomed.close();
        assertEquals(25, TestDatabase.count(db, "SELECT count(*) FROM applied"));

        try (ReliableConsumer restarted = applyingConsumer(db, topic, "downstream")) {
            restarted.start();
            await().atMost(DELIVERY).until(() -> TestDatabase.count(db, "SELECT count(*) FROM applied") >= 50);
            await().atMost(DELIVERY).until(() -> restarted.applied() >= 50);
        }
        assertEquals(50, TestDatabase.count(db, "SELECT count(*) FROM applied"));
        assertEquals(50, TestDatabase.count(db, "SELECT count(DISTINCT event_id) FROM applied"));
    }

    /**
     * A failure outside the handler (the offset commit timing out while Kafka is away) restarts the consumer;
     * readiness reports its topic stopped until it reads again.
     */
    @Test
    void aConsumerWhoseOffsetCommitFailsWhileKafkaIsAwayRestartsAndReadinessReportsItMeanwhile() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        String topic = newTopic();
        publish(topic, 10);
        CountDownLatch kafkaStopped = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        EventHandler waitingForKafkaToStop = event -> {
            apply(db, "downstream", event);
            if (handled.incrementAndGet() == 1) {
                awaitUninterruptibly(kafkaStopped);
            }
        };
        Map<String, Object> config = new HashMap<>(kafkaConfig());
        config.put("default.api.timeout.ms", 1_000);
        try (TopicConsumers consumers =
                new TopicConsumers(config, new SimpleMeterRegistry(), ConsumerRetries.defaults())) {
            consumers.start(topic, "downstream", waitingForKafkaToStop);
            ConsumerReadiness readiness = new ConsumerReadiness(consumers);
            await().atMost(DELIVERY).until(() -> handled.get() >= 1);
            assertEquals(
                    ConsumerReadiness.READING,
                    readiness.call().getData().orElseThrow().get(topic));
            kafka.stop();
            kafkaStopped.countDown();
            // The batch is applied, but committing its offsets times out: the consumer stops, then restarts.
            await().pollInterval(Duration.ofMillis(20))
                    .atMost(DELIVERY)
                    .until(() -> ConsumerReadiness.STOPPED.equals(
                            readiness.call().getData().orElseThrow().get(topic)));
            assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
            await().atMost(DELIVERY)
                    .until(() -> ConsumerReadiness.READING.equals(
                            readiness.call().getData().orElseThrow().get(topic)));
            kafka.start();
            publish(topic, 10);
            await().atMost(DELIVERY).until(() -> TestDatabase.count(db, "SELECT count(*) FROM applied") >= 20);
        }
        assertEquals(20, TestDatabase.count(db, "SELECT count(DISTINCT event_id) FROM applied"));
    }

    /** Two instances of a service in one consumer group share the partitions; each event is applied once. */
    @Test
    void twoInstancesInOneConsumerGroupShareTheWorkAndApplyEachEventOnce() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        String topic = newTopic();
        try (ReliableConsumer first = applyingConsumer(db, topic, "volunteer-service");
                ReliableConsumer second = applyingConsumer(db, topic, "volunteer-service");
                OutboxRelay relay = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults())) {
            first.start();
            second.start();
            relay.start();
            append(db, topic, 300, 60);
            await().atMost(DELIVERY).until(() -> TestDatabase.count(db, "SELECT count(*) FROM applied") >= 300);
            await().atMost(DELIVERY).until(() -> first.applied() > 0 && second.applied() > 0);
        }
        assertEquals(300, TestDatabase.count(db, "SELECT count(*) FROM applied"));
        assertEquals(300, TestDatabase.count(db, "SELECT count(DISTINCT event_id) FROM applied"));
    }

    @Test
    void aRelayReportsItsBacklogAndCleansNothingUnsent() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        append(db, newTopic(), 3, 1);
        try (OutboxRelay idle = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults())) {
            OutboxBacklog backlog = idle.backlog();
            assertEquals(3, backlog.unsent());
            assertFalse(backlog.oldestAge().isNegative());
        }
    }

    private static ReliableConsumer applyingConsumer(DataSource db, String topic, String group) {
        return new ReliableConsumer(
                ConsumerSettings.of(kafkaConfig(), group, List.of(topic), ConsumerRetries.defaults()),
                event -> apply(db, group, event));
    }

    private static void apply(DataSource db, String consumer, EventEnvelope event) {
        TestDatabase.inTransaction(db, connection -> {
            if (ProcessedEvents.firstDelivery(connection, consumer, event.id())) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO applied VALUES (?, ?, ?)")) {
                    insert.setObject(1, UUID.fromString(event.id()));
                    insert.setString(2, event.subject());
                    insert.setLong(3, event.sequence());
                    insert.executeUpdate();
                }
            }
        });
    }

    /** Sends {@code count} events straight to the topic, each of its own aggregate. */
    private static void publish(String topic, int count) {
        TopicRecords.publishOrganizations(Map.of("bootstrap.servers", kafka.bootstrapServers()), topic, count);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appends {@code count} events spread over {@code aggregates} aggregates, one transaction each. */
    private static void append(DataSource db, String topic, int count, int aggregates) throws SQLException {
        OutboxWriter writer = new OutboxWriter(db, RelaySettings.defaults().slots());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            ids.add(UUID.randomUUID());
        }
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID id = ids.get(i % aggregates);
                long sequence = i / aggregates + 1;
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
                writer.append(
                        connection,
                        topic,
                        EventEnvelope.of(
                                PartnerEvents.ORGANIZATION_UPDATED,
                                id.toString(),
                                sequence,
                                state,
                                new EventOrigin(null, null, null, null, "fault-test", null)));
                connection.commit();
            }
        }
    }

    private static List<EventEnvelope> consume(String topic, int expected) {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("group.id", "reader-" + topic);
        props.put("auto.offset.reset", "earliest");
        List<EventEnvelope> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + DELIVERY.toNanos();
            long quietUntil = Long.MAX_VALUE;
            // Past the expected count, keep reading a little: a duplicate would show up there.
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(EventCodec.decode(record.value()));
                    assertTrue(new String(
                                    record.headers()
                                            .lastHeader("correlation-id")
                                            .value(),
                                    StandardCharsets.UTF_8)
                            .equals("fault-test"));
                }
                if (received.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                }
            }
        }
        return received;
    }

    private static Map<String, Object> kafkaConfig() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    private static String newTopic() {
        return "fault-test-" + TOPICS.incrementAndGet();
    }

    /** Stands for the process dying: not an exception the consumer would retry or dead-letter. */
    private static final class KilledForTest extends Error {
        private static final long serialVersionUID = 1L;
    }
}
