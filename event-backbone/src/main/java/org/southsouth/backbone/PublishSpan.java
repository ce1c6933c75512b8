package org.southsouth.backbone;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The relay's span for one event: a child of the span that wrote the event to the outbox (possibly long ago and in
 * another thread), ended when Kafka acknowledges. Its context goes into the record's headers for the consumer.
 */
final class PublishSpan {

    private final Span span;

    private PublishSpan(Span span) {
        this.span = span;
    }

    static PublishSpan start(OutgoingEvent event) {
        Span span = TraceContext.tracer()
                .spanBuilder(event.topic() + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.fromTraceparent(event.traceparent()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.kafka.message.key", event.aggregateId())
                .startSpan();
        return new PublishSpan(span);
    }

    void inject(ProducerRecord<String, byte[]> record) {
        TraceContext.propagator()
                .inject(
                        Context.root().with(span),
                        record,
                        (carrier, key, value) ->
                                carrier.headers().remove(key).add(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    void end(Exception failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }
}
