package org.southsouth.events.messaging;

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
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;
import org.southsouth.backbone.ConsumerReadiness;
import org.southsouth.backbone.ConsumerRetries;
import org.southsouth.backbone.SyncState;
import org.southsouth.backbone.TopicConsumers;
import org.southsouth.contracts.Topics;
import org.southsouth.events.config.EventsSettings;

/**
 * Feeds the events this service learns from: volunteer-service's volunteers into the volunteer replica,
 * partner-service's organizations into the organization replica. One reliable consumer per topic.
 */
@ApplicationScoped
public class EventsServiceConsumers {

    @Inject
    VolunteerReplica volunteers;

    @Inject
    OrganizationReplica organizations;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    EventsSettings settings;

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
        // The volunteer consumer keeps the service's original group, so its committed offsets stay valid.
        String group = settings.consumer().group();
        consumers.start(Topics.VOLUNTEER_VOLUNTEERS, group, volunteers::apply);
        consumers.start(Topics.PARTNER_ORGANIZATIONS, group + ".organizations", organizations::apply);
    }

    /** How far this service has applied the topics it learns from (see {@link TopicConsumers#syncState}). */
    public SyncState syncState(Integer waitSeconds, Supplier<Long> organizationRevision) {
        return consumers.syncState(waitSeconds, organizationRevision);
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
