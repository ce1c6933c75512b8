package org.southsouth.backbone.postgres;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.southsouth.backbone.CausingEvent;
import org.southsouth.backbone.ConsumerRetries;
import org.southsouth.backbone.ConsumerSettings;
import org.southsouth.backbone.EventHandler;
import org.southsouth.backbone.ReliableConsumer;
import org.southsouth.backbone.TraceContext;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.EmbeddedKafkaBroker;
import org.southsouth.embedded.EmbeddedPostgresServer;

/** A change's trace goes on through the outbox, the relay and Kafka into the consumer that handles its event. */
class EventTracingTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final CapturedSpans SPANS = new CapturedSpans();
    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedPostgresServer postgres;
    private static OpenTelemetrySdk openTelemetry;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafkaBroker.start(0, null);
        postgres = EmbeddedPostgresServer.start(0, null);
        openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(SPANS))
                        .build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        TraceContext.use(openTelemetry);
    }

    @AfterAll
    static void stop() {
        TraceContext.use(OpenTelemetry.noop());
        openTelemetry.close();
        kafka.close();
        postgres.close();
    }

    @Test
    void theConsumerContinuesTheTraceOfTheChangeThatWroteTheEventAndNamesTheEventAsCause() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        String topic = "tracing-test";
        EventOrigin origin = new EventOrigin("coordinator-1", "coordinator", null, null, "req-trace-1", null);
        EventEnvelope event = organizationUpdated(origin);
        Span change = openTelemetry
                .getTracer("test")
                .spanBuilder("PATCH /organizations")
                .startSpan();
        try (Scope ignored = change.makeCurrent();
                Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            new OutboxWriter(db, RelaySettings.defaults().slots()).append(connection, topic, event);
            connection.commit();
        } finally {
            change.end();
        }

        AtomicReference<SpanContext> handling = new AtomicReference<>();
        AtomicReference<EventOrigin> caused = new AtomicReference<>();
        EventHandler handler = handled -> {
            caused.set(EventOrigin.causedBy(CausingEvent.current().orElseThrow()));
            handling.set(Span.current().getSpanContext());
        };
        try (OutboxRelay relay = new OutboxRelay(db, kafkaConfig(), RelaySettings.defaults());
                ReliableConsumer consumer = new ReliableConsumer(
                        ConsumerSettings.of(kafkaConfig(), "downstream", List.of(topic), ConsumerRetries.defaults()),
                        handler)) {
            relay.start();
            consumer.start();
            await().atMost(DELIVERY).until(() -> handling.get() != null && SPANS.named(topic + " process") != null);
        }

        String traceId = change.getSpanContext().getTraceId();
        SpanData publish = SPANS.named(topic + " publish");
        SpanData process = SPANS.named(topic + " process");
        assertEquals(traceId, handling.get().getTraceId());
        assertEquals(
                List.of(traceId, change.getSpanContext().getSpanId(), SpanKind.PRODUCER),
                List.of(publish.getTraceId(), publish.getParentSpanId(), publish.getKind()));
        assertEquals(
                List.of(traceId, publish.getSpanId(), SpanKind.CONSUMER),
                List.of(process.getTraceId(), process.getParentSpanId(), process.getKind()));
        assertEquals(new EventOrigin(null, null, null, null, "req-trace-1", event.id()), caused.get());
    }

    private static EventEnvelope organizationUpdated(EventOrigin origin) {
        UUID id = UUID.randomUUID();
        OrganizationV1 state = new OrganizationV1(
                id,
                "Nepal Youth Network",
                null,
                "22",
                "NP",
                "Asia and the Pacific",
                "ACTIVE",
                false,
                List.of(),
                null,
                Instant.now());
        return EventEnvelope.of(PartnerEvents.ORGANIZATION_UPDATED, id.toString(), 1, state, origin);
    }

    private static Map<String, Object> kafkaConfig() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    /** The spans ended so far, kept in memory. */
    private static final class CapturedSpans implements SpanExporter {

        private final List<SpanData> spans = new CopyOnWriteArrayList<>();

        SpanData named(String name) {
            return spans.stream()
                    .filter(span -> span.getName().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public CompletableResultCode export(Collection<SpanData> ended) {
            spans.addAll(ended);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
