package org.southsouth.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.events.participation.AttendanceCounters;
import org.southsouth.events.participation.ParticipationStore;

/**
 * Applies partner-service's organization events to the organization replica, only when newer than what it holds. When
 * an organization's country changes, the events its experts attended are recounted: whether they came from abroad
 * follows the organization's country as the replica knows it now.
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

    @Inject
    ParticipationStore participations;

    @Inject
    AttendanceCounters attendance;

    public void apply(EventEnvelope event) {
        if (processed.alreadyProcessed(CONSUMER, event.id())) {
            LOG.debugf("Event %s already applied", event.id());
            return;
        }
        if (ORGANIZATION_STATES.contains(event.type())) {
            OrganizationV1 o = event.payload(OrganizationV1.class);
            KnownOrganization before = organizations.find(o.id());
            if (!organizations.upsert(
                    new KnownOrganization(o.id(), o.name(), o.country(), o.status(), event.sequence()))) {
                LOG.debugf(
                        "Event %s (sequence %d) is not newer than the replica of organization %s",
                        event.id(), event.sequence(), o.id());
            }
            if (movesCountry(before, o.country(), event.sequence())) {
                // Listed after the upsert: an expert marked ATTENDED later is recounted by that mark, with the new
                // country.
                participations.eventsWithAttendedExpertsOf(o.id()).forEach(attendance::recount);
            }
        }
        processed.record(CONSUMER, event.id());
    }

    /**
     * Whether the state at {@code sequence} gives the organization another country than the replica held, or was
     * applied already without being recorded as processed (interrupted before its recounts ended: do them again).
     */
    private static boolean movesCountry(KnownOrganization before, String country, long sequence) {
        if (before == null) {
            return country != null;
        }
        return before.sequence() == sequence
                || (before.sequence() < sequence && !Objects.equals(before.country(), country));
    }
}
