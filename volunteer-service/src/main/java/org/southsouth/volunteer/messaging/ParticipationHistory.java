package org.southsouth.volunteer.messaging;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.southsouth.backbone.postgres.ProcessedEvents;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.volunteer.VolunteerService;

/**
 * Keeps the volunteers' participations in events. Each event is applied at most once and only when newer than
 * what is held; participations of organizations' delegates (no volunteer) are not this service's concern.
 */
@ApplicationScoped
public class ParticipationHistory {

    static final String CONSUMER = "volunteer-service.participations";
    private static final Logger LOG = Logger.getLogger(ParticipationHistory.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    VolunteerService volunteers;

    @Transactional
    public void apply(EventEnvelope event) {
        ParticipationV1 payload = event.payload(ParticipationV1.class);
        if (payload.volunteerId() == null || !processed.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        Participation participation = Participation.findById(payload.id());
        if (participation == null) {
            participation = new Participation();
            participation.id = payload.id();
        } else if (event.sequence() <= participation.sequence) {
            LOG.debugf(
                    "Event %s (sequence %d) is older than participation %s (%d)",
                    event.id(), event.sequence(), participation.id, participation.sequence);
            return;
        }
        participation.eventId = payload.eventId();
        participation.eventKind = payload.eventKind();
        participation.eventCountry = payload.eventCountry();
        participation.volunteerId = payload.volunteerId();
        participation.role = payload.role();
        participation.status = payload.status();
        participation.sequence = event.sequence();
        participation.updatedAt = payload.updatedAt() == null ? event.time() : payload.updatedAt();
        participation.persist();
    }

    public List<Participation> of(AccessScope scope, UUID volunteerId) {
        volunteers.get(scope, volunteerId);
        return Participation.list("volunteerId", Sort.by("updatedAt").and("id"), volunteerId);
    }
}
