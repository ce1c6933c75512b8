package org.southsouth.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.events.journal.JournalErasure;
import org.southsouth.events.participation.ParticipationStore;

/**
 * Applies volunteer-service's volunteer events: registrations and updates refresh the replica (only when newer),
 * an erasure drops the volunteer's personal data from the replica, from every participation and from the journal's
 * states of them, keeping their status and role so the figures stay correct.
 */
@ApplicationScoped
public class VolunteerReplica {

    static final String CONSUMER = "events-service.volunteers";
    private static final Logger LOG = Logger.getLogger(VolunteerReplica.class);

    @Inject
    VolunteerReplicaStore volunteers;

    @Inject
    ParticipationStore participations;

    @Inject
    ProcessedEventStore processed;

    @Inject
    JournalErasure journal;

    /**
     * A registration or update needs no ledger entry: the sequence the replica holds already tells a repeated or stale
     * event, which changes nothing. An erasure, whose effect spans many documents, is recorded once applied.
     */
    public void apply(EventEnvelope event) {
        if (VolunteerEvents.VOLUNTEER_REGISTERED.name().equals(event.type())
                || VolunteerEvents.VOLUNTEER_UPDATED.name().equals(event.type())) {
            VolunteerV1 v = event.payload(VolunteerV1.class);
            if (!volunteers.upsert(new KnownVolunteer(
                    v.id(), v.name(), v.nationality(), v.homeOrganizationId(), v.status(), false, event.sequence()))) {
                LOG.debugf(
                        "Event %s (sequence %d) is not newer than the replica of volunteer %s",
                        event.id(), event.sequence(), v.id());
            }
            return;
        }
        if (processed.alreadyProcessed(CONSUMER, event.id())) {
            LOG.debugf("Event %s already applied", event.id());
            return;
        }
        if (VolunteerEvents.VOLUNTEER_ERASED.name().equals(event.type())) {
            erase(event.payload(VolunteerErasedV1.class).id(), event.sequence());
        }
        processed.record(CONSUMER, event.id());
    }

    private void erase(UUID volunteerId, long sequence) {
        volunteers.erase(volunteerId, sequence);
        Instant now = Instant.now();
        for (UUID participation : participations.idsOfVolunteer(volunteerId)) {
            participations.erasePersonalData(participation, now);
        }
        journal.redact(volunteerId);
        LOG.infof("Personal data of erased volunteer %s removed", volunteerId);
    }
}
