package org.southsouth.events.messaging;

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

    private TopicConsumers consumers;

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        consumers = new TopicConsumers(kafka, registry);
        // The volunteer consumer keeps the service's original group, so its committed offsets stay valid.
        consumers.start(Topics.VOLUNTEER_VOLUNTEERS, group, volunteers::apply);
        consumers.start(Topics.PARTNER_ORGANIZATIONS, group + ".organizations", organizations::apply);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        consumers.close();
    }
}
