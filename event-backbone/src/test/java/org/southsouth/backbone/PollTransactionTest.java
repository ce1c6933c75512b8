package org.southsouth.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventHeaders;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.EmbeddedKafkaBroker;
import org.southsouth.embedded.TopicRecords;

/** A consumer applying each poll's records inside one unit of work, on a real Kafka broker. */
class PollTransactionTest {

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
    void theRecordsOfAPollAreAppliedTogetherInOneUnitOfWork() throws Exception {
        String topic = newTopic();
        List<EventEnvelope> sent = TopicRecords.publishOrganizations(kafkaConfig(), topic, 10);
        Store store = new Store();
        try (ReliableConsumer consumer = new ReliableConsumer(
                ConsumerSettings.of(kafkaConfig(), "together", List.of(topic), ConsumerRetries.defaults()),
                store::apply,
                store::inUnit)) {
            consumer.start();
            await().atMost(DELIVERY).until(() -> consumer.applied() == 10);
        }
        assertEquals(ids(sent), store.kept());
        assertTrue(store.unitsKept() >= 1, "no poll was applied in one unit of work");
        assertTrue(store.unitsKept() < 10, "each record had a unit of work of its own");
    }

    /**
     * A record that keeps failing spoils its poll's unit of work: the records are then applied one at a time, so the
     * poison goes to the dead-letter topic after its retries and those around it are kept, once each.
     */
    @Test
    void aPoisonRecordAmongOthersIsDeadLetteredAndTheRecordsAroundItAreAppliedOnce() throws Exception {
        String topic = newTopic();
        List<EventEnvelope> sent = TopicRecords.publishOrganizations(kafkaConfig(), topic, 5);
        String poison = sent.get(2).id();
        Store store = new Store();
        store.refuse(poison);
        ConsumerSettings settings = new ConsumerSettings(
                kafkaConfig(),
                "poisoned",
                List.of(topic),
                3,
                Duration.ofMillis(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(30));
        try (ReliableConsumer consumer = new ReliableConsumer(settings, store::apply, store::inUnit)) {
            consumer.start();
            await().atMost(DELIVERY).until(() -> consumer.applied() == 4 && consumer.deadLettered() == 1);
        }
        List<String> others = ids(sent);
        others.remove(poison);
        assertEquals(others, store.kept());
        ConsumerRecord<String, byte[]> dead = deadLetters(topic).get(0);
        assertEquals(sent.get(2).subject(), dead.key());
        assertEquals(
                "refused for the test",
                new String(dead.headers().lastHeader(EventHeaders.DLQ_ERROR).value(), StandardCharsets.UTF_8));
        assertTrue(store.unitsDiscarded() >= 1, "the poison's poll was not first tried as one unit of work");
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(String topic) {
        Map<String, Object> config = new HashMap<>(kafkaConfig());
        config.put("group.id", "dlq-reader");
        config.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(Topics.deadLetter(topic)));
            await().atMost(DELIVERY).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(read::add);
                return !read.isEmpty();
            });
        }
        return read;
    }

    /** The events' ids in sorted order: the topic's partitions are read in no fixed order. */
    private static List<String> ids(List<EventEnvelope> events) {
        return new ArrayList<>(events.stream().map(EventEnvelope::id).sorted().toList());
    }

    private static Map<String, Object> kafkaConfig() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    private static String newTopic() {
        return "poll-transaction-test-" + TOPICS.incrementAndGet();
    }

    /**
     * What a handler's effects land in: kept at once outside a unit of work, inside one only when it completes. A
     * refused event fails every time.
     */
    private static final class Store {

        private final List<String> kept = new ArrayList<>();
        private final List<String> pending = new ArrayList<>();
        private volatile String refused;
        private boolean inUnit;
        private int unitsKept;
        private int unitsDiscarded;

        void refuse(String eventId) {
            refused = eventId;
        }

        void apply(EventEnvelope event) {
            if (event.id().equals(refused)) {
                throw new IllegalStateException("refused for the test");
            }
            synchronized (this) {
                (inUnit ? pending : kept).add(event.id());
            }
        }

        void inUnit(Runnable records) {
            synchronized (this) {
                inUnit = true;
                pending.clear();
            }
            try {
                records.run();
                synchronized (this) {
                    kept.addAll(pending);
                    unitsKept++;
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    unitsDiscarded++;
                }
                throw e;
            } finally {
                synchronized (this) {
                    inUnit = false;
                }
            }
        }

        /** The ids kept, sorted; each appears as often as its effect was kept. */
        synchronized List<String> kept() {
            return kept.stream().sorted().toList();
        }

        synchronized int unitsKept() {
            return unitsKept;
        }

        synchronized int unitsDiscarded() {
            return unitsDiscarded;
        }
    }
}
