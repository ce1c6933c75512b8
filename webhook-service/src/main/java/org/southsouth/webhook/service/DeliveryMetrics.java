package org.southsouth.webhook.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.southsouth.webhook.domain.Delivery;
import org.southsouth.webhook.domain.DeliveryStatus;

/** Deliveries made and attempts failed (counters), and the queue: its depth and the age of its oldest delivery. */
@ApplicationScoped
public class DeliveryMetrics {

    private static final List<DeliveryStatus> WAITING = List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING);

    private final Counter delivered;
    private final Counter failedAttempts;

    @Inject
    public DeliveryMetrics(MeterRegistry registry) {
        delivered = Counter.builder("webhook.deliveries").tag("outcome", "delivered")
                .description("Deliveries a receiver acknowledged with 2xx").register(registry);
        failedAttempts = Counter.builder("webhook.deliveries").tag("outcome", "failed-attempt")
                .description("Attempts that did not get a 2xx in time").register(registry);
        Gauge.builder("webhook.queue.depth", this, DeliveryMetrics::depth)
                .description("Deliveries neither delivered nor given up").register(registry);
        Gauge.builder("webhook.queue.oldest.age.seconds", this, DeliveryMetrics::oldestAgeSeconds)
                .description("Age of the oldest delivery neither delivered nor given up").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void failedAttempt() {
        failedAttempts.increment();
    }

    private double depth() {
        return read(() -> (double) Delivery.count("status in ?1", WAITING));
    }

    private double oldestAgeSeconds() {
        return read(() -> Delivery.<Delivery>find("status in ?1 order by createdAt", WAITING).firstResultOptional()
                .map(oldest -> (double) Duration.between(oldest.createdAt, Instant.now()).toSeconds()).orElse(0.0));
    }

    /** Gauges are read on the scrape's thread, outside any transaction. */
    private static double read(Supplier<Double> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }
}
