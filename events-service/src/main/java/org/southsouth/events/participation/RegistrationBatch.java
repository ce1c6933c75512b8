package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.EventsServiceOutbox;
import org.southsouth.events.messaging.KnownVolunteer;
import org.southsouth.events.messaging.OrganizationReferences;
import org.southsouth.events.messaging.VolunteerReplicaStore;

/**
 * Registers the new participants of one event's batch items together, each moved on to its item's step: one seat claim
 * for all of them, one write of their documents (each carrying its registration and its step, with their outbox and
 * journal entries), one settlement of the claim. Taken only when each item would be registered with a seat and take
 * its step by its own request (the event OPEN, nobody waiting, seats for all, every participant known and allowed),
 * so each gets what its single registration and status move would give; the planner leaves any other event's items
 * to those single calls.
 */
@ApplicationScoped
public class RegistrationBatch {

    @Inject
    VolunteerReplicaStore volunteers;

    @Inject
    Seats seats;

    @Inject
    EventsServiceOutbox outbox;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    OrganizationReferences organizations;

    @Inject
    ParticipationAccess access;

    /** A new participant of the event, resolved as its registration would resolve it, under the id chosen for it. */
    record Registration(ParticipationUpsert item, Participant participant, UUID id) {}

    /** The replica's volunteers among those the items name, read at once. */
    Map<UUID, KnownVolunteer> volunteersOf(Collection<ParticipationUpsert> items) {
        List<UUID> ids = items.stream()
                .map(item -> item.participant().volunteerId())
                .filter(id -> id != null)
                .distinct()
                .toList();
        return ids.isEmpty() ? Map.of() : volunteers.findAll(ids);
    }

    /**
     * The event's items as registrations, if each is a new participant whose own request would register it with a
     * seat and take its step; else null. {@code active} caches organizations found active during the batch.
     */
    List<Registration> plan(
            ExchangeEvent event,
            List<ParticipationUpsert> items,
            Map<UUID, KnownVolunteer> known,
            Map<UUID, Boolean> active) {
        if (event.status() != EventStatus.OPEN) {
            return null;
        }
        Instant now = Instant.now();
        List<Registration> planned = new ArrayList<>(items.size());
        for (ParticipationUpsert item : items) {
            Participant participant = resolved(item.participant(), known);
            boolean steps =
                    item.status() == null || !item.movesOn() || item.status().isAttendance();
            boolean registrable = item.id() == null
                    && steps
                    && participant != null
                    && access.mayRegister(event, participant)
                    && (item.participant().volunteerId() != null
                            || active.computeIfAbsent(participant.organizationId(), organizations::isActive));
            boolean attendable = !item.movesOn() || access.mayRecordAttendance(event) && event.hasStarted(now);
            if (!registrable || !attendable) {
                return null;
            }
            planned.add(new Registration(item, participant, UUID.randomUUID()));
        }
        Integer left = event.seatsLeft();
        boolean seated = event.details().capacity() == null
                || left != null && left >= planned.size() && !seats.hasWaitlist(event.id());
        return seated ? planned : null;
    }

    /**
     * Registers the planned participants and their steps; null when the seats were taken meanwhile (nothing
     * written), else the participations refused as duplicates by their position among {@code planned} (their
     * participant registered already, or their id taken by a concurrent request). {@code attendanceMoved} gets the
     * event when attendance moved.
     */
    Map<Integer, Participation> register(ExchangeEvent event, List<Registration> planned, List<UUID> attendanceMoved) {
        UUID eventId = event.id();
        Instant now = Instant.now();
        List<RegisteredParticipation> writes = new ArrayList<>(planned.size());
        for (Registration r : planned) {
            writes.add(registered(event, r, now));
        }
        Set<Integer> refused =
                seats.registerTogether(eventId, event.details().capacity() != null, writes, attendanceMoved::add);
        if (refused == null) {
            return null;
        }
        relay.wake();
        Map<Integer, Participation> refusedByPosition = new HashMap<>();
        refused.forEach(i -> refusedByPosition.put(i, writes.get(i).stored()));
        return refusedByPosition;
    }

    private RegisteredParticipation registered(ExchangeEvent event, Registration r, Instant now) {
        Participant member = r.participant();
        Participation registered = new Participation(
                r.id(),
                event.id(),
                event.details().kind(),
                event.details().country(),
                member.volunteerId(),
                member.organizationId(),
                member.name(),
                member.role(),
                ParticipationStatus.REGISTERED,
                null,
                false,
                now,
                1,
                now,
                now);
        if (!r.item().movesOn()) {
            return new RegisteredParticipation(
                    List.of(registered),
                    null,
                    List.of(outbox.of(EventsServiceEvents.PARTICIPATION_REGISTERED, registered)));
        }
        Instant at = r.item().at();
        Participation moved = registered.withStatus(r.item().status(), at == null ? now : at, now);
        return new RegisteredParticipation(
                List.of(registered, moved),
                null,
                List.of(
                        outbox.of(EventsServiceEvents.PARTICIPATION_REGISTERED, registered),
                        outbox.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, moved)));
    }

    /** The participant as its registration names it: a volunteer by the replica's name and home; null if unknown. */
    private static Participant resolved(Participant participant, Map<UUID, KnownVolunteer> known) {
        if (participant.volunteerId() == null) {
            return participant;
        }
        KnownVolunteer volunteer = known.get(participant.volunteerId());
        return volunteer == null || volunteer.erased()
                ? null
                : new Participant(volunteer.id(), volunteer.homeOrganizationId(), volunteer.name(), participant.role());
    }
}
