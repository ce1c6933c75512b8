package org.southsouth.webhook.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.Page;
import org.southsouth.webhook.delivery.DeliveryStore.Entry;
import org.southsouth.webhook.subscription.EventTypeSelection;
import org.southsouth.webhook.subscription.Subscription;
import org.southsouth.webhook.subscription.SubscriptionAccess;

/** The deliveries of a subscription with their attempts, and what its owner may do with them: retry, replay, ping. */
@ApplicationScoped
public class DeliveryService {

    static final String PING_TOPIC = "webhook.ping";

    @Inject
    SubscriptionAccess access;

    @Inject
    DeliveryStore deliveries;

    @Inject
    DeliveryPlanner planner;

    @Inject
    WebhookSender sender;

    /** Newest first. */
    public Page<Entry> list(UUID subscriptionId, DeliveryStatus status, int page, int size) {
        access.visible(subscriptionId);
        return deliveries.page(subscriptionId, status, page, size);
    }

    public Entry get(UUID subscriptionId, UUID deliveryId) {
        return deliveries.entry(ofSubscription(subscriptionId, deliveries.find(deliveryId), deliveryId));
    }

    /** Sends the delivery again from the start of the schedule, now; 409 while an attempt is under way. */
    public Entry retry(UUID subscriptionId, UUID deliveryId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = ofSubscription(subscriptionId, deliveries.findForUpdate(deliveryId), deliveryId);
            if (delivery.status == DeliveryStatus.SENDING) {
                throw new StateConflict("Delivery " + deliveryId + " is being sent right now; look again in a moment.");
            }
            delivery.status = DeliveryStatus.PENDING;
            delivery.attempts = 0;
            delivery.nextAttemptAt = Instant.now();
        });
        return get(subscriptionId, deliveryId);
    }

    /** Owes the subscription again every event since {@code since} it matches; the number owed. */
    public int replay(UUID subscriptionId, Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> planner.replay(access.visible(subscriptionId), since));
    }

    /**
     * Sends one signed {@code org.southsouth.webhook.Ping} now and waits for the answer: a single attempt, logged like
     * any delivery, that never disables the subscription.
     */
    public Entry ping(UUID subscriptionId) {
        DeliveryJob job = QuarkusTransaction.requiringNew().call(() -> {
            Subscription subscription = access.visible(subscriptionId);
            Instant now = Instant.now();
            EventEnvelope ping = new EventEnvelope(
                    EventEnvelope.SPEC_VERSION,
                    UUID.randomUUID().toString(),
                    "/webhook-service",
                    EventTypeSelection.PING,
                    subscription.id.toString(),
                    now,
                    null,
                    null,
                    1,
                    null);
            PlatformEvent event = DeliveryPlanner.store(PING_TOPIC, ping, now);
            Delivery delivery = Delivery.owed(subscription.id, event, now);
            delivery.status = DeliveryStatus.SENDING;
            delivery.attempts = 1;
            delivery.nextAttemptAt = null;
            delivery.persist();
            return new DeliveryJob(
                    delivery.id,
                    subscription.id,
                    subscription.url,
                    event.eventId.toString(),
                    EventCodec.encode(ping),
                    subscription.signingSecrets(now));
        });
        AttemptResult result = sender.send(job);
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = deliveries.findForUpdate(job.deliveryId());
            DeliveryQueue.log(delivery, result, Instant.now());
            delivery.status = result.succeeded() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
            delivery.deliveredAt = result.succeeded() ? Instant.now() : null;
            delivery.lastStatusCode = result.statusCode();
            delivery.lastError = result.error();
        });
        return get(subscriptionId, job.deliveryId());
    }

    /** The delivery, when it is one of the subscription's and the caller may see that subscription; else 404. */
    private Delivery ofSubscription(UUID subscriptionId, Delivery delivery, UUID deliveryId) {
        access.visible(subscriptionId);
        if (delivery == null || !delivery.subscriptionId.equals(subscriptionId)) {
            throw new NotFound("Delivery", deliveryId);
        }
        return delivery;
    }
}
