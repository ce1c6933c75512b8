package org.southsouth.backbone;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.HashMap;
import java.util.Map;
import org.southsouth.contracts.EventHeaders;

/**
 * W3C trace context across the outbox: the writer keeps the {@code traceparent} of the change's span beside the
 * event, the relay publishes as its child and the consumer continues from the record. Until a service installs its
 * OpenTelemetry (plain Java, or tracing disabled) every step is a no-op.
 */
public final class TraceContext {

    private static final String INSTRUMENTATION = "org.southsouth.backbone";
    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static volatile OpenTelemetry openTelemetry = OpenTelemetry.noop();

    private TraceContext() {}

    /** The service's OpenTelemetry, installed once at start (not the global one, which the framework owns). */
    public static void use(OpenTelemetry configured) {
        openTelemetry = configured;
    }

    /** The {@code traceparent} of the current span, or null when there is none. */
    public static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>(2);
        propagator().inject(Context.current(), carrier, Map::put);
        return carrier.get(EventHeaders.TRACEPARENT);
    }

    /** The context a stored {@code traceparent} names; the root context when there is none. */
    static Context fromTraceparent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return propagator().extract(Context.root(), Map.of(EventHeaders.TRACEPARENT, traceparent), MAP_GETTER);
    }

    static TextMapPropagator propagator() {
        return openTelemetry.getPropagators().getTextMapPropagator();
    }

    static Tracer tracer() {
        return openTelemetry.getTracer(INSTRUMENTATION);
    }
}
