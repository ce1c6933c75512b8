package org.southsouth.webhook.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import org.southsouth.backbone.TopicConsumers;
import org.southsouth.webhook.config.WebhookSettings;
import org.southsouth.webhook.service.DeliveryPlanner;
import org.southsouth.webhook.service.EventTypeSelection;

/** Reads every topic of the event catalog with the reliable consumer and plans the deliveries each event owes. */
@ApplicationScoped
public class PlatformEventsConsumer {

    @Inject
    DeliveryPlanner planner;

    @Inject
    WebhookSettings settings;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    private TopicConsumers consumers;

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        consumers = new TopicConsumers(kafka, registry);
        for (String topic : EventTypeSelection.topics()) {
            consumers.start(topic, settings.consumer().group() + "." + topic, event -> planner.plan(topic, event));
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        consumers.close();
    }
}
