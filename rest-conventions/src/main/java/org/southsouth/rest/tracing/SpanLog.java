package org.southsouth.rest.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.southsouth.rest.RestConventionsSettings;

/**
 * Writes each ended span to the log when {@code southsouth.tracing.log-spans} is true (tracing must be on too): a
 * trace to read where no collector runs, e.g. the embedded local run and the system tests.
 */
@Singleton
public class SpanLog implements SpanProcessor {

    private static final Logger LOG = Logger.getLogger(SpanLog.class);

    @Inject
    RestConventionsSettings settings;

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        // Only ended spans are logged.
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        SpanData data = span.toSpanData();
        LOG.infof(
                "span trace=%s id=%s parent=%s kind=%s name='%s' %d µs",
                data.getTraceId(),
                data.getSpanId(),
                data.getParentSpanId(),
                data.getKind(),
                data.getName(),
                (data.getEndEpochNanos() - data.getStartEpochNanos()) / 1_000);
    }

    @Override
    public boolean isEndRequired() {
        return settings.tracing().logSpans();
    }
}
