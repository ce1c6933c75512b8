package org.southsouth.backbone;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventHeaders;
import org.southsouth.contracts.MalformedEventException;
import org.southsouth.contracts.Topics;

/**
 * Reads events and applies them through an idempotent {@link EventHandler}. Offsets are committed only after
 * the effect; a record that keeps failing goes, after bounded retries with backoff, to {@code <topic>.dlq} with
 * the error and its original headers, and the partition moves on. A failure outside the handler restarts the
 * consumer ({@link #running()} is false until it has). Given a {@link PollTransaction}, the records of a poll are first
 * applied together inside one; when that fails they are applied one at a time as above.
 */
public final class ReliableConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReliableConsumer.class);
    public static final String MDC_CORRELATION_ID = "correlationId";

    private final ConsumerSettings settings;
    private final EventHandler handler;
    private final PollTransaction together;
    private final KafkaProducer<String, byte[]> deadLetters;
    private final Thread thread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile long lag;
    private volatile boolean open;
    private volatile boolean running;

    public ReliableConsumer(ConsumerSettings settings, EventHandler handler) {
        this(settings, handler, null);
    }

    /** {@code together}: the unit of work a poll's records are first applied in; null to apply each on its own. */
    public ReliableConsumer(ConsumerSettings settings, EventHandler handler, PollTransaction together) {
        this.settings = settings;
        this.handler = handler;
        this.together = together;
        this.deadLetters =
                new KafkaProducer<>(deadLetterConfig(settings), new StringSerializer(), new ByteArraySerializer());
        this.thread = new Thread(this::run, "consumer-" + settings.groupId());
        this.thread.setDaemon(true);
    }

    public void start() {
        open = true;
        thread.start();
    }

    /**
     * True while the consumer reads its topics; false before it starts, after it is closed, while it waits to
     * restart after a failure outside the handler, and after an {@link Error} ended it.
     */
    public boolean running() {
        return running;
    }

    /** Times the consumer was restarted after a failure outside the handler. */
    public long restarts() {
        return restarts.get();
    }

    /** Records handled successfully (including recognised duplicates) since start. */
    public long applied() {
        return applied.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Records behind the end of the assigned partitions, as of the last poll. */
    public long lag() {
        return lag;
    }

    @Override
    public void close() {
        open = false;
        closing.countDown();
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
    }

    /**
     * Reads until closed. A failure outside the handler (a commit timing out while Kafka is away, say) closes
     * the Kafka consumer and starts a new one after a pause ({@link ConsumerSettings#firstRestartDelay()}, doubling up
     * to {@link ConsumerSettings#maxRestartDelay()}); the new one resumes from
     * the committed offsets, so records applied but not committed are handled again (handlers are idempotent).
     */
    private void run() {
        Duration delay = settings.firstRestartDelay();
        while (open) {
            if (consumeUntilFailure()) {
                delay = settings.firstRestartDelay();
            }
            if (open && !closing(delay)) {
                restarts.incrementAndGet();
                delay = min(delay.multipliedBy(2), settings.maxRestartDelay());
            }
        }
    }

    /** Consumes until closed or failed; true when it committed at least once before failing. */
    private boolean consumeUntilFailure() {
        boolean progressed = false;
        consumer = new KafkaConsumer<>(consumerConfig(settings), new StringDeserializer(), new ByteArrayDeserializer());
        try {
            consumer.subscribe(settings.topics());
            running = true;
            while (open) {
                progressed |= pollOnce();
            }
        } catch (WakeupException e) {
            if (open) {
                LOG.error("Consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s failed; it restarts", settings.groupId());
        } finally {
            running = false;
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
        return progressed;
    }

    /** One poll, its records handled and their offsets committed; true when offsets were committed. */
    private boolean pollOnce() {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        if (!appliedTogether(records, done)) {
            for (TopicPartition partition : records.partitions()) {
                processPartition(partition, records.records(partition), done);
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        lag = currentLag();
        return !done.isEmpty();
    }

    /** Waits {@code delay} unless closed first; true when closed. */
    private boolean closing(Duration delay) {
        try {
            return closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Applies every record of the poll inside one {@link PollTransaction}, each in its own {@link HandlingScope};
     * true when that committed, and then each partition is done up to its last record.
     */
    private boolean appliedTogether(
            ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        if (together == null || records.count() < 2 || !open) {
            return false;
        }
        try {
            together.run(() -> records.forEach(record -> withCorrelationId(
                    record,
                    () -> HandlingScope.handle(
                            record, EventCodec.decode(record.value()), settings.groupId(), handler))));
        } catch (RuntimeException e) {
            LOG.debugf(
                    "%d records of %s failed together (%s); each is applied on its own",
                    records.count(), settings.groupId(), e.getMessage());
            return false;
        }
        applied.addAndGet(records.count());
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> ofPartition = records.records(partition);
            done.put(
                    partition,
                    new OffsetAndMetadata(
                            ofPartition.get(ofPartition.size() - 1).offset() + 1));
        }
        return true;
    }

    private void processPartition(
            TopicPartition partition,
            List<ConsumerRecord<String, byte[]>> records,
            Map<TopicPartition, OffsetAndMetadata> done) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!open || !process(record)) {
                // Not applied and not dead-lettered: read it again on the next poll.
                consumer.seek(partition, record.offset());
                return;
            }
            done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
    }

    /** True when the record is applied or safely dead-lettered, so its offset may be committed. */
    private boolean process(ConsumerRecord<String, byte[]> record) {
        return withCorrelationId(record, () -> attempt(record));
    }

    /** Runs {@code work} with the record's correlation id, if it has one, in the logging context. */
    private static <T> T withCorrelationId(ConsumerRecord<String, byte[]> record, Supplier<T> work) {
        String correlationId = header(record, EventHeaders.CORRELATION_ID);
        if (correlationId != null) {
            MDC.put(MDC_CORRELATION_ID, correlationId);
        }
        try {
            return work.get();
        } finally {
            MDC.remove(MDC_CORRELATION_ID);
        }
    }

    private static void withCorrelationId(ConsumerRecord<String, byte[]> record, Runnable work) {
        withCorrelationId(record, () -> {
            work.run();
            return null;
        });
    }

    /** Handles the record with retries, then dead-letters it; true when it may be committed. */
    private boolean attempt(ConsumerRecord<String, byte[]> record) {
        try {
            EventEnvelope event = EventCodec.decode(record.value());
            Duration backoff = settings.firstBackoff();
            for (int attempt = 1; ; attempt++) {
                try {
                    HandlingScope.handle(record, event, settings.groupId(), handler);
                    applied.incrementAndGet();
                    return true;
                } catch (MalformedEventException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (attempt >= settings.maxAttempts()) {
                        return deadLetter(record, e);
                    }
                    LOG.debugf("Attempt %d of %s failed: %s", attempt, event.id(), e.getMessage());
                    if (!pause(backoff)) {
                        return false;
                    }
                    backoff = backoff.multipliedBy(2);
                }
            }
        } catch (MalformedEventException e) {
            return deadLetter(record, e);
        }
    }

    private boolean deadLetter(ConsumerRecord<String, byte[]> record, Exception error) {
        ProducerRecord<String, byte[]> dead =
                new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        addHeader(dead, EventHeaders.DLQ_ERROR, String.valueOf(error.getMessage()));
        addHeader(dead, EventHeaders.DLQ_ERROR_CLASS, error.getClass().getName());
        addHeader(dead, EventHeaders.DLQ_ORIGINAL_TOPIC, record.topic());
        addHeader(dead, EventHeaders.DLQ_ORIGINAL_PARTITION, String.valueOf(record.partition()));
        addHeader(dead, EventHeaders.DLQ_ORIGINAL_OFFSET, String.valueOf(record.offset()));
        addHeader(dead, EventHeaders.DLQ_CONSUMER_GROUP, settings.groupId());
        try {
            deadLetters.send(dead).get(10, TimeUnit.SECONDS);
            deadLettered.incrementAndGet();
            LOG.warnf(
                    "Record %s-%d@%d sent to %s: %s",
                    record.topic(), record.partition(), record.offset(), dead.topic(), error.getMessage());
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf(
                    "Could not dead-letter record %s-%d@%d, will retry: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            pause(Duration.ofSeconds(1));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long currentLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong partitionLag = consumer.currentLag(partition);
            total += partitionLag.orElse(0);
        }
        return total;
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void addHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> consumerConfig(ConsumerSettings settings) {
        Map<String, Object> config = new HashMap<>(settings.kafkaConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "consumer-" + settings.groupId());
        return config;
    }

    private static Map<String, Object> deadLetterConfig(ConsumerSettings settings) {
        Map<String, Object> config = new HashMap<>(settings.kafkaConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dlq-" + settings.groupId());
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        return config;
    }
}
