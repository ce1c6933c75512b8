package org.southsouth.events.messaging;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.southsouth.backbone.EventHandler;
import org.southsouth.backbone.ReliableConsumer;
import org.southsouth.contracts.Topics;
import org.southsouth.events.service.OrganizationReplica;
import org.southsouth.events.service.VolunteerReplica;

/**
 * Feeds the events this service learns from: volunteer-service's volunteers into the volunteer replica,
 * partner-service's organizations into the organization replica. One reliable consumer per topic.
 */
@ApplicationScoped
public class IncomingEventsConsumers {

    @Inject
    VolunteerReplica volunteers;

    @Inject
    OrganizationReplica organizations;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "events.consumer.group")
    String group;

    private final List<ReliableConsumer> consumers = new ArrayList<>();

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        // The volunteer consumer keeps the service's original group, so its committed offsets stay valid.
        start(Topics.VOLUNTEER_VOLUNTEERS, group, volunteers::apply, registry);
        start(Topics.PARTNER_ORGANIZATIONS, group + ".organizations", organizations::apply, registry);
    }

    /** One group per topic, so a rebalance of one never pauses the other. */
    private void start(String topic, String groupId, EventHandler handler, MeterRegistry registry) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put("client.id", groupId + "-" + topic);
        ReliableConsumer consumer = new ReliableConsumer(ConsumerSettings.of(config, groupId, List.of(topic)), handler);
        Gauge.builder("consumer.lag", consumer, ReliableConsumer::lag).tag("topic", topic)
                .description("Records not yet consumed").register(registry);
        Gauge.builder("consumer.dead.lettered", consumer, ReliableConsumer::deadLettered).tag("topic", topic)
                .register(registry);
        consumer.start();
        consumers.add(consumer);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        consumers.forEach(ReliableConsumer::close);
    }
}
