package org.southsouth.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.southsouth.webhook.config.WebhookSettings;

/**
 * Deliveries made and attempts failed (counters), and the queue: its depth and the age of its oldest delivery, in all
 * and per subscription (tag {@code subscription}, refreshed every {@code webhook.metrics.per-subscription-refresh}).
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final List<DeliveryStatus> WAITING = List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING);
    private static final Logger LOG = Logger.getLogger(DeliveryMetrics.class);

    private final Counter delivered;
    private final Counter failedAttempts;
    private final MultiGauge depthBySubscription;
    private final MultiGauge oldestAgeBySubscription;
    private ScheduledExecutorService refresher;

    @Inject
    WebhookSettings settings;

    @Inject
    public DeliveryMetrics(MeterRegistry registry) {
        delivered = Counter.builder("webhook.deliveries")
                .tag("outcome", "delivered")
                .description("Deliveries a receiver acknowledged with 2xx")
                .register(registry);
        failedAttempts = Counter.builder("webhook.deliveries")
                .tag("outcome", "failed-attempt")
                .description("Attempts that did not get a 2xx in time")
                .register(registry);
        Gauge.builder("webhook.queue.depth", this, DeliveryMetrics::depth)
                .description("Deliveries neither delivered nor given up")
                .register(registry);
        Gauge.builder("webhook.queue.oldest.age.seconds", this, DeliveryMetrics::oldestAgeSeconds)
                .description("Age of the oldest delivery neither delivered nor given up")
                .register(registry);
        depthBySubscription = MultiGauge.builder("webhook.subscription.queue.depth")
                .description("Deliveries of a subscription neither delivered nor given up")
                .register(registry);
        oldestAgeBySubscription = MultiGauge.builder("webhook.subscription.queue.oldest.age.seconds")
                .description("Age of a subscription's oldest delivery neither delivered nor given up")
                .register(registry);
    }

    void start(@Observes StartupEvent startup) {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-metrics");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.metrics().perSubscriptionRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshPerSubscription, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        refresher.shutdownNow();
    }

    /** Subscriptions with nothing waiting drop out of the gauges. */
    void refreshPerSubscription() {
        try {
            List<Object[]> rows = QuarkusTransaction.requiringNew()
                    .call(() -> Delivery.getEntityManager()
                            .createQuery(
                                    "select d.subscriptionId, count(d), min(d.createdAt) from Delivery d where d.status in ?1 group by d.subscriptionId",
                                    Object[].class)
                            .setParameter(1, WAITING)
                            .getResultList());
            Instant now = Instant.now();
            depthBySubscription.register(
                    rows.stream()
                            .map(row -> MultiGauge.Row.of(
                                    Tags.of("subscription", row[0].toString()), ((Number) row[1]).doubleValue()))
                            .toList(),
                    true);
            oldestAgeBySubscription.register(
                    rows.stream()
                            .map(row -> MultiGauge.Row.of(Tags.of("subscription", row[0].toString()), (double)
                                    Duration.between((Instant) row[2], now).toSeconds()))
                            .toList(),
                    true);
        } catch (RuntimeException e) {
            LOG.debugf("Per-subscription queue metrics not refreshed: %s", e.getMessage());
        }
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
        return read(() -> Delivery.<Delivery>find("status in ?1 order by createdAt", WAITING)
                .firstResultOptional()
                .map(oldest -> (double)
                        Duration.between(oldest.createdAt, Instant.now()).toSeconds())
                .orElse(0.0));
    }

    /** Gauges are read on the scrape's thread, outside any transaction. */
    private static double read(Supplier<Double> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }
}
