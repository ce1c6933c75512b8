package org.southsouth.volunteer.messaging;

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
import org.southsouth.backbone.postgres.OnePollTransaction;
import org.southsouth.contracts.Topics;
import org.southsouth.volunteer.config.VolunteerSettings;

/**
 * Feeds the events this service learns from: partner-service's organizations into the host-organization replica,
 * events-service's participations into the volunteers' participation history. One reliable consumer per topic, each
 * applying a poll's events in one transaction (falling back to one at a time when that fails).
 */
@ApplicationScoped
public class VolunteerServiceConsumers {

    @Inject
    HostOrganizationReplica replica;

    @Inject
    ParticipationHistory participations;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    VolunteerSettings settings;

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
        String group = settings.consumer().group();
        consumers.start(Topics.PARTNER_ORGANIZATIONS, group, replica::apply, OnePollTransaction.INSTANCE);
        consumers.start(
                Topics.EVENTS_PARTICIPATIONS,
                group + ".participations",
                participations::apply,
                OnePollTransaction.INSTANCE);
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
