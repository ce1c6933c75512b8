package org.southsouth.webhook.delivery;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.southsouth.webhook.config.WebhookSettings;

/**
 * Keeps the store bounded: every {@code webhook.retention.prune-every} (an hour by default), ended deliveries created
 * longer ago than the log retention and consumed events older than the event retention that no delivery still refers
 * to are dropped. Replays reach back as far as events are kept.
 */
@ApplicationScoped
public class LogRetention {

    private static final Logger LOG = Logger.getLogger(LogRetention.class);

    @Inject
    EntityManager entities;

    @Inject
    WebhookSettings settings;

    @Scheduled(
            identity = "webhook-retention",
            every = "${webhook.retention.prune-every}",
            delayed = "${webhook.retention.prune-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduledPrune() {
        try {
            Instant now = Instant.now();
            prune(
                    now.minus(settings.retention().deliveries()),
                    now.minus(settings.retention().events()));
        } catch (RuntimeException e) {
            LOG.warnf("Could not prune the delivery log, trying again at the next run: %s", e.getMessage());
        }
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
