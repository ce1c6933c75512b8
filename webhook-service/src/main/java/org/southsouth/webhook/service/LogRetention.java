package org.southsouth.webhook.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.southsouth.webhook.config.WebhookSettings;

/**
 * Keeps the store bounded: every hour, ended deliveries created longer ago than the log retention and consumed events
 * older than the event retention that no delivery still refers to are dropped. Replays reach back as far as events
 * are kept.
 */
@ApplicationScoped
public class LogRetention {

    private static final Logger LOG = Logger.getLogger(LogRetention.class);

    @Inject
    EntityManager entities;

    @Inject
    WebhookSettings settings;

    private ScheduledExecutorService pruner;

    void start(@Observes StartupEvent startup, LogRetention self) {
        pruner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-retention");
            thread.setDaemon(true);
            return thread;
        });
        pruner.scheduleWithFixedDelay(
                () -> {
                    try {
                        Instant now = Instant.now();
                        self.prune(
                                now.minus(settings.retention().deliveries()),
                                now.minus(settings.retention().events()));
                    } catch (RuntimeException e) {
                        LOG.warnf("Could not prune the delivery log, trying again in an hour: %s", e.getMessage());
                    }
                },
                1,
                60,
                TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        pruner.shutdownNow();
    }

    @Transactional
    public void prune(Instant deliveriesEndedBefore, Instant eventsReceivedBefore) {
        int deliveries = entities.createNativeQuery(
                        "DELETE FROM delivery WHERE status IN ('DELIVERED', 'FAILED') AND created_at < ?1")
                .setParameter(1, deliveriesEndedBefore)
                .executeUpdate();
        int events = entities.createNativeQuery("DELETE FROM platform_event e WHERE e.received_at < ?1 "
                        + "AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.event_id = e.event_id)")
                .setParameter(1, eventsReceivedBefore)
                .executeUpdate();
        LOG.debugf("Pruned %d deliveries and %d events", deliveries, events);
    }
}
