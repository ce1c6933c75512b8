package org.southsouth.volunteer.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.southsouth.backbone.TopicConsumers;
import org.southsouth.contracts.Topics;
import org.southsouth.volunteer.service.HostOrganizationReplica;
import org.southsouth.volunteer.service.ParticipationHistory;

/**
 * Feeds the events this service learns from: partner-service's organizations into the host-organization replica,
 * events-service's participations into the volunteers' participation history. One reliable consumer per topic.
 */
@ApplicationScoped
public class IncomingEventsConsumers {

    @Inject
    HostOrganizationReplica replica;

    @Inject
    ParticipationHistory participations;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "volunteer.consumer.group")
    String group;

    private TopicConsumers consumers;

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        consumers = new TopicConsumers(kafka, registry);
        consumers.start(Topics.PARTNER_ORGANIZATIONS, group, replica::apply);
        consumers.start(Topics.EVENTS_PARTICIPATIONS, group + ".participations", participations::apply);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        consumers.close();
    }
}
