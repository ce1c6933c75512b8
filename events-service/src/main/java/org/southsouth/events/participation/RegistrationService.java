package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventService;
import org.southsouth.events.event.SeatClaim;
import org.southsouth.events.event.SeatLedger;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.EventsServiceOutbox;
import org.southsouth.events.messaging.KnownVolunteer;
import org.southsouth.events.messaging.OrganizationReferences;
import org.southsouth.events.messaging.VolunteerReplicaStore;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;

/**
 * Registers participants while an event is OPEN. Seats are claimed first, atomically on the event document;
 * whoever gets none, or comes while others wait, is WAITLISTED. A group (a delegation) gets seats for all its
 * members or waits as a whole, and is promoted as a whole.
 */
@ApplicationScoped
public class RegistrationService {

    private static final List<EventStatus> REGISTERING = List.of(EventStatus.OPEN);

    @Inject
    ExchangeEventService events;

    @Inject
    ParticipationStore participations;

    @Inject
    VolunteerReplicaStore volunteers;

    @Inject
    SeatLedger seats;

    @Inject
    WaitlistPromoter waitlist;

    @Inject
    EventsServiceOutbox outbox;

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
        // Nobody waits for an event without capacity (removing the capacity promotes its waitlist): no need to look.
        boolean behindWaitlist = event.details().capacity() != null && waitlist.hasWaitlist(eventId);
        SeatClaim claim = behindWaitlist
                ? null
                : seats.claim(
                        eventId, named.size(), REGISTERING, event.details().capacity() != null);
        ParticipationStatus status = claim != null ? ParticipationStatus.REGISTERED : ParticipationStatus.WAITLISTED;
        Instant now = Instant.now();
        List<Participation> stored = new ArrayList<>();
        try {
            for (Participant member : named) {
                Participation p = new Participation(
                        ids.get(stored.size()),
                        eventId,
                        event.details().kind(),
                        event.details().country(),
                        member.volunteerId(),
                        member.organizationId(),
                        member.name(),
                        member.role(),
                        status,
                        groupId,
                        false,
                        now,
                        1,
                        now,
                        now);
                if (!participations.insert(
                        p,
                        claim == null ? null : claim.slot(stored.size()),
                        outbox.of(EventsServiceEvents.PARTICIPATION_REGISTERED, p))) {
                    throw alreadyRegistered(p);
                }
                stored.add(p);
            }
        } catch (RuntimeException e) {
            // The claim ends before the members go: if the reconciler ended it first (this request stalled past the
            // grace period), it gave back only the seats no stored member held, so those are released here, once.
            boolean givenBack = claim != null && seats.giveBack(claim, named.size());
            participations.delete(stored.stream().map(Participation::id).toList());
            if (claim != null && !givenBack && !stored.isEmpty()) {
                seats.release(eventId, stored.size());
            }
            throw e;
        }
        if (claim != null) {
            seats.settle(claim);
        }
        relay.wake();
        if (claim == null) {
            // Seats may have been given back between our claim and the insert: they go to the waitlist in order.
            waitlist.promote(eventId);
        }
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
