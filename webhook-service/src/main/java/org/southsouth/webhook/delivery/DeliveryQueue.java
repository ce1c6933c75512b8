package org.southsouth.webhook.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.southsouth.webhook.config.WebhookSettings;
import org.southsouth.webhook.subscription.Subscription;

/**
 * The deliveries waiting to go out, shared by every instance. A claim takes due deliveries that are first in line
 * for their record at their subscription (per-record order) and leases them; at most {@code perSubscription} of one
 * subscription are out at a time, so a slow endpoint holds only that many workers. A lease left by an instance that
 * died mid-delivery runs out and the delivery is tried again, with the same webhook-id.
 */
@ApplicationScoped
public class DeliveryQueue {

    private static final String CLAIM = """
            WITH busy AS (
                SELECT subscription_id, count(*) AS sending FROM delivery
                WHERE status = 'SENDING' AND lease_until > now() GROUP BY subscription_id),
            due AS (
                SELECT head.id, head.position
                FROM subscription s LEFT JOIN busy ON busy.subscription_id = s.id
                CROSS JOIN LATERAL (
                    SELECT d.id, d.position FROM delivery d
                    WHERE d.subscription_id = s.id AND d.status IN ('PENDING', 'SENDING')
                      AND ((d.status = 'PENDING' AND d.next_attempt_at <= now())
                           OR (d.status = 'SENDING' AND d.lease_until <= now()))
                      AND NOT EXISTS (SELECT 1 FROM delivery e WHERE e.subscription_id = d.subscription_id
                                      AND e.subject = d.subject AND e.position < d.position
                                      AND e.status IN ('PENDING', 'SENDING'))
                    ORDER BY d.position LIMIT greatest(? - coalesce(busy.sending, 0), 0)) head
                WHERE s.enabled),
            picked AS (
                SELECT d.id FROM delivery d WHERE d.id IN (SELECT due.id FROM due ORDER BY due.position LIMIT ?)
                FOR UPDATE SKIP LOCKED)
            UPDATE delivery SET status = 'SENDING', lease_until = now() + make_interval(secs => ?), attempts = attempts + 1
            WHERE id IN (SELECT id FROM picked)
              AND ((status = 'PENDING' AND next_attempt_at <= now()) OR (status = 'SENDING' AND lease_until <= now()))
            RETURNING id
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookSettings settings;

    @Inject
    RetrySchedule schedule;

    @Inject
    DeliveryMetrics metrics;

    @Inject
    DeliveryStore deliveries;

    /** Leases up to {@code limit} due deliveries and returns them ready to send. */
    @Transactional
    public List<DeliveryJob> claim(int limit) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, settings.delivery().perSubscription());
            claim.setInt(2, limit);
            claim.setDouble(3, lease().toMillis() / 1000.0);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim deliveries: " + e.getMessage(), e);
        }
        Instant now = Instant.now();
        List<DeliveryJob> jobs = new ArrayList<>();
        for (UUID id : ids) {
            Delivery delivery = Delivery.findById(id);
            Subscription subscription = Subscription.findById(delivery.subscriptionId);
            PlatformEvent event = PlatformEvent.findById(delivery.eventId);
            jobs.add(new DeliveryJob(
                    id,
                    subscription.id,
                    subscription.url,
                    event.eventId.toString(),
                    DeliveryBody.of(event.topic, event.envelope.getBytes(UTF_8)),
                    subscription.signingSecrets(now)));
        }
        return jobs;
    }

    /**
     * Logs the attempt and decides what follows: delivered; tried again per the schedule (or Retry-After); or failed
     * for good, which disables the subscription with the reason its owner sees (410 Gone does so at once).
     */
    @Transactional
    public void record(DeliveryJob job, AttemptResult result) {
        Delivery delivery = deliveries.findForUpdate(job.deliveryId());
        if (delivery == null) {
            return; // its subscription was deleted meanwhile
        }
        Instant now = Instant.now();
        log(delivery, result, now);
        delivery.leaseUntil = null;
        delivery.lastStatusCode = result.statusCode();
        delivery.lastError = result.error();
        if (result.succeeded()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            metrics.delivered();
            return;
        }
        metrics.failedAttempt();
        Optional<Duration> wait =
                result.gone() ? Optional.empty() : schedule.after(delivery.attempts, result.retryAfter());
        if (wait.isPresent()) {
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now.plus(wait.get());
            return;
        }
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = null;
        Subscription.disable(
                delivery.subscriptionId,
                result.gone()
                        ? "The endpoint answered 410 Gone to delivery " + delivery.id
                                + "; re-enable the subscription to receive events again."
                        : "All " + delivery.attempts + " attempts of delivery " + delivery.id + " failed; the last: "
                                + result.error()
                                + ". Fix the endpoint, then re-enable the subscription and retry the delivery.",
                now);
    }

    static void log(Delivery delivery, AttemptResult result, Instant at) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = at;
        attempt.statusCode = result.statusCode();
        attempt.latencyMs = result.latencyMs();
        attempt.error = result.error();
        attempt.responseExcerpt = result.responseExcerpt();
        attempt.persist();
    }

    /** Long enough for the slowest allowed answer, so a lease runs out only when its instance is gone. */
    private Duration lease() {
        return settings.delivery().timeout().multipliedBy(2).plusSeconds(5);
    }
}
