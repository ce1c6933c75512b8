package org.southsouth.backbone;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.MDC;
import org.southsouth.contracts.EventEnvelope;

/**
 * One attempt of a consumer's handler at one record: a span that continues the trace in the record's headers, the
 * trace and span ids in the logging context, and the event as {@link CausingEvent} for the changes it causes.
 */
final class HandlingScope implements AutoCloseable {

    static final String MDC_TRACE_ID = "traceId";
    static final String MDC_SPAN_ID = "spanId";
    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            return () ->
                    Arrays.stream(record.headers().toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Span span;
    private final Scope scope;

    private HandlingScope(Span span) {
        this.span = span;
        this.scope = span.makeCurrent();
    }

    /** Runs the handler on one event inside its scope; a failure marks the span and is rethrown. */
    static void handle(
            ConsumerRecord<String, byte[]> record, EventEnvelope event, String consumerGroup, EventHandler handler) {
        try (HandlingScope scope = open(record, event, consumerGroup)) {
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                scope.failed(e);
                throw e;
            }
        }
    }

    private static HandlingScope open(
            ConsumerRecord<String, byte[]> record, EventEnvelope event, String consumerGroup) {
        Context parent = TraceContext.propagator().extract(Context.root(), record, HEADERS);
        Span span = TraceContext.tracer()
                .spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumerGroup)
                .setAttribute("messaging.message.id", event.id())
                .startSpan();
        SpanContext context = span.getSpanContext();
        if (context.isValid()) {
            MDC.put(MDC_TRACE_ID, context.getTraceId());
            MDC.put(MDC_SPAN_ID, context.getSpanId());
        }
        CausingEvent.set(event);
        return new HandlingScope(span);
    }

    private void failed(RuntimeException error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
    }

    @Override
    public void close() {
        CausingEvent.clear();
        MDC.remove(MDC_TRACE_ID);
        MDC.remove(MDC_SPAN_ID);
        scope.close();
        span.end();
    }
}
