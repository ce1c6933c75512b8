package org.southsouth.backbone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends outbox events with an idempotent, {@code acks=all} producer and reports how many of them, from the
 * start, Kafka acknowledged. An event after a failed one counts as unsent even if it got through: it will be
 * sent again (consumers are idempotent) rather than overtake the failed one.
 */
public final class OrderedPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;

    public OrderedPublisher(Map<String, Object> kafkaConfig, String clientId) {
        this.producer =
                new KafkaProducer<>(config(kafkaConfig, clientId), new StringSerializer(), new ByteArraySerializer());
    }

    public Result publish(List<OutgoingEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        List<PublishSpan> spans = new ArrayList<>(events.size());
        Exception failure = null;
        for (OutgoingEvent event : events) {
            PublishSpan span = PublishSpan.start(event);
            try {
                ProducerRecord<String, byte[]> record = event.toRecord();
                span.inject(record);
                acks.add(producer.send(record));
                spans.add(span);
            } catch (RuntimeException e) {
                span.end(e);
                failure = e;
                break;
            }
        }
        int acknowledged = 0;
        for (int i = 0; i < acks.size(); i++) {
            Exception ackFailure = null;
            try {
                acks.get(i).get();
                if (failure == null) {
                    acknowledged++;
                }
            } catch (ExecutionException e) {
                ackFailure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ackFailure = e;
            }
            spans.get(i).end(ackFailure);
            failure = failure == null ? ackFailure : failure;
        }
        return new Result(acknowledged, failure);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** @param acknowledged how many events, from the first, are safely in Kafka; the rest must be sent again */
    public record Result(int acknowledged, Exception failure) {}

    private static Map<String, Object> config(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }
}
