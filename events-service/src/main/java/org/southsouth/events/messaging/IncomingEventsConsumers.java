package org.southsouth.events.messaging;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.southsouth.backbone.ConsumerSettings;
import org.southsouth.backbone.ReliableConsumer;
import org.southsouth.contracts.Topics;
import org.southsouth.events.service.VolunteerReplica;

/** Feeds volunteer-service's volunteer events (registered, updated, erased) into the volunteer replica. */
@ApplicationScoped
public class VolunteerEventsConsumer {

    @Inject
    VolunteerReplica replica;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "events.consumer.group")
    String group;

    private ReliableConsumer consumer;

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        consumer = new ReliableConsumer(ConsumerSettings.of(kafka, group, List.of(Topics.VOLUNTEER_VOLUNTEERS)), replica::apply);
        Gauge.builder("consumer.lag", consumer, ReliableConsumer::lag).tag("topic", Topics.VOLUNTEER_VOLUNTEERS)
                .description("Records not yet consumed").register(registry);
        Gauge.builder("consumer.dead.lettered", consumer, ReliableConsumer::deadLettered)
                .tag("topic", Topics.VOLUNTEER_VOLUNTEERS).register(registry);
        consumer.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
