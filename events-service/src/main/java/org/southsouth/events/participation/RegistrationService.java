package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventService;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.KnownVolunteer;
import org.southsouth.events.messaging.OrganizationReferences;
import org.southsouth.events.messaging.VolunteerReplicaStore;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;

/**
 * Registers participants while an event is OPEN. Seats are claimed first ({@link Seats}); whoever gets none, or
 * comes while others wait, is WAITLISTED. A group (a delegation) gets seats for all its
 * members or waits as a whole, and is promoted as a whole.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    ExchangeEventService events;

    @Inject
    ParticipationStore participations;

    @Inject
    VolunteerReplicaStore volunteers;

    @Inject
    Seats seats;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    OrganizationReferences organizations;

    @Inject
    ParticipationAccess access;

    public Participation register(UUID eventId, Participant participant) {
        return register(eventId, participant, UUID.randomUUID());
    }

    /** Registers the participant as participation {@code id} (a batch names it before it is written). */
    public Participation register(UUID eventId, Participant participant, UUID id) {
        return register(eventId, List.of(participant), List.of(id), null).get(0);
    }

    public List<Participation> registerGroup(UUID eventId, List<Participant> members) {
        List<UUID> ids = members.stream().map(member -> UUID.randomUUID()).toList();
        return register(eventId, members, ids, UUID.randomUUID());
    }

    private List<Participation> register(UUID eventId, List<Participant> members, List<UUID> ids, UUID groupId) {
        ExchangeEvent event = events.get(eventId);
        List<Participant> named = members.stream().map(this::withVolunteerName).toList();
        named.forEach(member -> access.requireMayRegister(event, member));
        if (event.status() != EventStatus.OPEN) {
            throw new StateConflict("Registration is open only while the event is OPEN; it is " + event.status());
        }
        members.stream()
                .filter(member -> member.volunteerId() == null)
                .map(Participant::organizationId)
                .distinct()
                .forEach(organization -> organizations.requireActive("organizationId", organization));
        Instant now = Instant.now();
        List<Participation> stored = seats.register(
                event,
                named.size(),
                (i, status) -> new Participation(
                        ids.get(i),
                        eventId,
                        event.details().kind(),
                        event.details().country(),
                        named.get(i).volunteerId(),
                        named.get(i).organizationId(),
                        named.get(i).name(),
                        named.get(i).role(),
                        status,
                        groupId,
                        false,
                        now,
                        1,
                        now,
                        now),
                this::alreadyRegistered);
        relay.wake();
        return stored;
    }

    private Participant withVolunteerName(Participant participant) {
        if (participant.volunteerId() == null) {
            return participant;
        }
        KnownVolunteer volunteer = volunteers.find(participant.volunteerId());
        if (volunteer == null || volunteer.erased()) {
            throw new RuleRefused(
                    "unknown-volunteer",
                    "Volunteer " + participant.volunteerId()
                            + " is not known to the network (yet): volunteers are learnt from volunteer-service's events");
        }
        return new Participant(volunteer.id(), volunteer.homeOrganizationId(), volunteer.name(), participant.role());
    }

    StateConflict alreadyRegistered(Participation candidate) {
        Participation live = participations.findLive(candidate);
        return new StateConflict("This participant is already registered for the event"
                + (live == null ? "" : " (participation " + live.id() + ", " + live.status() + ")"));
    }
}
