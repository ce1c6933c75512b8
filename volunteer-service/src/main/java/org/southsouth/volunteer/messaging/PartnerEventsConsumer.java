package org.southsouth.volunteer.messaging;

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
import org.southsouth.volunteer.service.HostOrganizationReplica;

/** Feeds partner-service's organization events into the host-organization replica. */
@ApplicationScoped
public class PartnerEventsConsumer {

    @Inject
    HostOrganizationReplica replica;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "volunteer.consumer.group")
    String group;

    private ReliableConsumer consumer;

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        consumer = new ReliableConsumer(ConsumerSettings.of(kafka, group, List.of(Topics.PARTNER_ORGANIZATIONS)),
                replica::apply);
        Gauge.builder("consumer.lag", consumer, ReliableConsumer::lag).tag("topic", Topics.PARTNER_ORGANIZATIONS)
                .description("Records not yet consumed").register(registry);
        Gauge.builder("consumer.dead.lettered", consumer, ReliableConsumer::deadLettered)
                .tag("topic", Topics.PARTNER_ORGANIZATIONS).register(registry);
        consumer.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
