package org.southsouth.webhook.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;
import org.southsouth.backbone.ConsumerReadiness;
import org.southsouth.backbone.ConsumerRetries;
import org.southsouth.backbone.SyncState;
import org.southsouth.backbone.TopicConsumers;
import org.southsouth.backbone.postgres.OnePollTransaction;
import org.southsouth.webhook.config.WebhookSettings;
import org.southsouth.webhook.delivery.DeliveryPlanner;
import org.southsouth.webhook.subscription.EventTypeSelection;

/**
 * Reads every topic of the event catalog with the reliable consumer and plans the deliveries each event owes, the
 * events of a poll in one transaction (one commit, the subscriptions read once); when that transaction fails, the
 * consumer plans them one at a time, retrying and dead-lettering as for any record.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    @Inject
    DeliveryPlanner planner;

    @Inject
    WebhookSettings settings;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    MeterRegistry registry;

    @Inject
    ConsumerRetries retries;

    private TopicConsumers consumers;

    @PostConstruct
    void create() {
        consumers = new TopicConsumers(kafka, registry, retries);
    }

    void start(@Observes StartupEvent startup) {
        for (String topic : EventTypeSelection.topics()) {
            consumers.start(
                    topic,
                    settings.consumer().group() + "." + topic,
                    event -> planner.plan(topic, event),
                    OnePollTransaction.INSTANCE);
        }
    }

    /**
     * How far this service has planned the deliveries of each topic's events (see {@link TopicConsumers#syncState}):
     * it learns of no organization's revision.
     */
    public SyncState syncState(Integer waitSeconds) {
        return consumers.syncState(waitSeconds, () -> null);
    }

    /** Readiness says, per topic, whether its consumer reads. */
    @Produces
    @Readiness
    @Singleton
    HealthCheck consumerReadiness() {
        return new ConsumerReadiness(consumers);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        consumers.close();
    }
}
