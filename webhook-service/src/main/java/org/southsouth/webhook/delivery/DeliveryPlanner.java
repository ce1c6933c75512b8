package org.southsouth.webhook.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.southsouth.backbone.postgres.ProcessedEvents;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.webhook.messaging.RecordOwnerReplica;
import org.southsouth.webhook.subscription.EnabledSubscriptions;
import org.southsouth.webhook.subscription.EventVisibility;
import org.southsouth.webhook.subscription.Subscription;
import org.southsouth.webhook.subscription.SubscriptionMatch;

/**
 * Turns a consumed event into the deliveries it owes: one per enabled subscription it matches. The event, its
 * deliveries and its id in the processed-event ledger commit together, so a redelivered record owes nothing twice.
 * The consumer plans a poll's events in one transaction ({@code PlatformEventsConsumer}); each joins it.
 */
@ApplicationScoped
public class DeliveryPlanner {

    static final String CONSUMER = "webhook-service.deliveries";
    private static final Logger LOG = Logger.getLogger(DeliveryPlanner.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    RecordOwnerReplica owners;

    @Inject
    EnabledSubscriptions subscriptions;

    @Inject
    Event<DeliveriesOwed> deliveriesOwed;

    @Transactional
    public void plan(String topic, EventEnvelope event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("Event %s already planned", event.id());
            return;
        }
        Instant now = Instant.now();
        PlatformEvent stored = store(topic, event, now);
        owners.learn(topic, event);
        List<Subscription> enabled = subscriptions.list();
        if (enabled.isEmpty()) {
            return; // kept for replays; nobody to tell now
        }
        EventVisibility visibility = EventVisibility.of(topic, event, owners::ownerOf);
        boolean owed = false;
        for (Subscription subscription : enabled) {
            if (SubscriptionMatch.matches(subscription, topic, event.type(), visibility)) {
                Delivery.owed(subscription.id, stored, now).persist();
                owed = true;
            }
        }
        if (owed) {
            deliveriesOwed.fire(new DeliveriesOwed());
        }
    }

    /** Deliveries again of every event since {@code since} the subscription matches, oldest first; their count. */
    @Transactional
    public int replay(Subscription subscription, Instant since) {
        Instant now = Instant.now();
        int owed = 0;
        for (PlatformEvent event : PlatformEvent.<PlatformEvent>list("time >= ?1 order by time, receivedAt", since)) {
            EventVisibility visibility =
                    EventVisibility.of(event.topic, EventCodec.decode(event.envelope.getBytes(UTF_8)), owners::ownerOf);
            if (SubscriptionMatch.matches(subscription, event.topic, event.type, visibility)) {
                Delivery.owed(subscription.id, event, now).persist();
                owed++;
            }
        }
        if (owed > 0) {
            deliveriesOwed.fire(new DeliveriesOwed());
        }
        return owed;
    }

    static PlatformEvent store(String topic, EventEnvelope event, Instant now) {
        PlatformEvent stored = new PlatformEvent();
        stored.eventId = UUID.fromString(event.id());
        stored.topic = topic;
        stored.type = event.type();
        stored.subject = event.subject();
        stored.time = event.time();
        stored.envelope = new String(EventCodec.encode(event), UTF_8);
        stored.receivedAt = now;
        stored.persist();
        return stored;
    }
}
