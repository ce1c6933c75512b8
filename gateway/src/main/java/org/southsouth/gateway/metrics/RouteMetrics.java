package org.southsouth.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.southsouth.gateway.routing.RouteTable;

/**
 * Latency histogram and status counts per route: timer {@code gateway.requests} tagged with the route (the first
 * path segment after {@code /api/v1/}, or {@code unknown}), the method and the status, measured from the first
 * byte in to the last byte out, rejections by the gateway included. In Prometheus:
 * {@code gateway_requests_seconds_bucket}, {@code _count} per status.
 */
@Singleton
public class RouteMetrics {

    private static final Duration[] SLOS = {
        Duration.ofMillis(5),
        Duration.ofMillis(25),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5)
    };

    @Inject
    MeterRegistry registry;

    @Inject
    RouteTable routes;

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public void measure(RoutingContext ctx) {
        long start = System.nanoTime();
        String route = routes.routeOf(ctx.request().path());
        String method = ctx.request().method().name();
        ctx.addEndHandler(done -> timer(route, method, ctx.response().getStatusCode())
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS));
        ctx.next();
    }

    private Timer timer(String route, String method, int status) {
        return timers.computeIfAbsent(
                route + ' ' + method + ' ' + status,
                key -> Timer.builder("gateway.requests")
                        .description("Requests through the gateway by route, method and status")
                        .tag("route", route)
                        .tag("method", method)
                        .tag("status", Integer.toString(status))
                        .tag("outcome", status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS")
                        .publishPercentileHistogram()
                        .serviceLevelObjectives(SLOS)
                        .register(registry));
    }
}
