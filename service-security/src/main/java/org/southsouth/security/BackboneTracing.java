package org.southsouth.security;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.southsouth.backbone.TraceContext;

/** Hands the service's OpenTelemetry to the outbox and consumers before they start, so their spans join its traces. */
@ApplicationScoped
public class BackboneTracing {

    void install(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, OpenTelemetry openTelemetry) {
        TraceContext.use(openTelemetry);
    }
}
