package org.southsouth.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;

/**
 * Applies partner-service's organization events to the organization replica, only when newer than what it holds (a
 * country moved recounts the events its experts attended: {@link OrganizationReplicaStore#upsert}).
 */
@ApplicationScoped
public class OrganizationReplica {

    static final String CONSUMER = "events-service.organizations";
    private static final Logger LOG = Logger.getLogger(OrganizationReplica.class);
    private static final Set<String> ORGANIZATION_STATES = Set.of(
            PartnerEvents.ORGANIZATION_REGISTERED.name(),
            PartnerEvents.ORGANIZATION_UPDATED.name(),
            PartnerEvents.ORGANIZATION_DEACTIVATED.name());

    @Inject
    OrganizationReplicaStore organizations;

    @Inject
    ProcessedEventStore processed;

    public void apply(EventEnvelope event) {
        if (processed.alreadyProcessed(CONSUMER, event.id())) {
            LOG.debugf("Event %s already applied", event.id());
            return;
        }
        if (ORGANIZATION_STATES.contains(event.type())) {
            OrganizationV1 o = event.payload(OrganizationV1.class);
            if (!organizations.upsert(
                    new KnownOrganization(o.id(), o.name(), o.country(), o.status(), event.sequence()))) {
                LOG.debugf(
                        "Event %s (sequence %d) is not newer than the replica of organization %s",
                        event.id(), event.sequence(), o.id());
            }
        }
        processed.record(CONSUMER, event.id());
    }
}
