package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventService;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.EventsServiceOutbox;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.StaleVersion;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;

/**
 * Reads participations and moves them on: participants cancel (their seat passes to the waitlist), organizers
 * record attendance (ATTENDED or NO_SHOW) once the event has started. Promotion from the waitlist is automatic.
 */
@ApplicationScoped
public class ParticipationService {

    @Inject
    ExchangeEventService events;

    @Inject
    ParticipationStore participations;

    @Inject
    Seats seats;

    @Inject
    EventsServiceOutbox outbox;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    ParticipationAccess access;

    @Inject
    AttendanceCounters attendance;

    public Participation get(UUID eventId, UUID id) {
        return visible(events.get(eventId), id);
    }

    /** Moves the participation to {@code next}, the step dated {@code at} (now when null). */
    public Participation changeStatus(UUID eventId, UUID id, String ifMatch, ParticipationStatus next, Instant at) {
        return changeStatus(eventId, id, ifMatch, next, at, attendance::recountMarked);
    }

    /**
     * Moves the participation as {@link #changeStatus} does, but hands the event whose attendance moved to
     * {@code recount} instead of recounting it, so a batch recounts each event once after its items; the event's
     * counts are marked stale before the write ({@link AttendanceCounters#change}), so a recount that never comes is
     * done by the housekeeping.
     */
    public Participation changeStatus(
            UUID eventId, UUID id, String ifMatch, ParticipationStatus next, Instant at, Consumer<UUID> recount) {
        ExchangeEvent event = events.get(eventId);
        Participation current = visible(event, id);
        if (next == ParticipationStatus.CANCELLED) {
            access.requireMayCancel(event, current);
        } else {
            access.requireMayRecordAttendance(event);
        }
        ETags.requireMatch(ifMatch, current.version());
        if (current.status() == next && (at == null || at.equals(current.statusChangedAt()))) {
            return current;
        }
        checkTransition(event, current, next);
        Instant now = Instant.now();
        Participation changed = current.withStatus(next, at == null ? now : at, now);
        if (!participations.changeStatus(
                current, changed, outbox.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, changed), recount)) {
            throw new StaleVersion("Participation " + id + " changed meanwhile; read it again and retry");
        }
        relay.wake();
        if (current.status().holdsSeat() && !next.holdsSeat()) {
            seats.seatFreed(eventId);
        }
        return changed;
    }

    public List<Participation> page(ParticipationFilter filter, String sort, int page, int size) {
        return participations.page(filter, access.scope(events.get(filter.eventId())), sort, page, size);
    }

    public long count(ParticipationFilter filter) {
        return participations.count(filter, access.scope(events.get(filter.eventId())));
    }

    /** The participation, if the caller may see it (404 for another organization's participant, as if absent). */
    private Participation visible(ExchangeEvent event, UUID id) {
        ParticipantScope scope = access.scope(event);
        Participation participation = participations.find(event.id(), id);
        if (participation == null || !scope.includes(participation)) {
            throw new NotFound("Participation", id + " of event " + event.id());
        }
        return participation;
    }

    static void checkTransition(ExchangeEvent event, Participation current, ParticipationStatus next) {
        if (next == ParticipationStatus.REGISTERED || next == ParticipationStatus.WAITLISTED) {
            throw new StateConflict("Participations become " + next + " by registration and promotion only");
        }
        if (!current.status().canBecome(next)) {
            throw new StateConflict("A participation cannot go from " + current.status() + " to " + next);
        }
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.DRAFT) {
            throw new StateConflict("Participations of a " + event.status() + " event do not change");
        }
        if (next.isAttendance() && !event.hasStarted(Instant.now())) {
            throw new StateConflict("Attendance can be recorded once the event has started ("
                    + event.details().startsAt() + ")");
        }
        if (next == ParticipationStatus.CANCELLED && event.status() == EventStatus.COMPLETED) {
            throw new StateConflict("Participations of a COMPLETED event cannot be cancelled; record NO_SHOW instead");
        }
    }
}
