package org.southsouth.backbone;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.southsouth.contracts.EventHeaders;

/**
 * An event taken from an outbox, ready to be sent: keyed by its aggregate so the aggregate keeps its order.
 *
 * @param traceparent the W3C trace context of the span that wrote it, or null
 */
public record OutgoingEvent(
        String topic, String aggregateId, byte[] envelope, String correlationId, String traceparent) {

    ProducerRecord<String, byte[]> toRecord() {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId, envelope);
        record.headers().add(EventHeaders.CONTENT_TYPE, EventHeaders.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8));
        if (correlationId != null) {
            record.headers().add(EventHeaders.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
