package org.southsouth.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.southsouth.events.domain.ExchangeEvent;
import org.southsouth.events.domain.Participation;
import org.southsouth.events.domain.ParticipationStatus;
import org.southsouth.events.store.AttendanceCounters;
import org.southsouth.events.store.ExternalIdStore;
import org.southsouth.events.store.ParticipationStore;
import org.southsouth.failure.DomainFailure;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RefusedField;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.DomainProblems;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItemResult;
import org.southsouth.rest.bulk.BulkOutcome;
import org.southsouth.security.Caller;

/**
 * Writes the items of a participation batch. A new participant is registered by the registration of the single
 * call (its seat protocol, waitlist and rules), then moved to the item's status by the single status move; an
 * existing participation is only moved on. The steps a registration cannot be followed by are refused before it
 * (attendance before the event started, by someone who may not record it, or with no seat left), so an item either
 * completes or leaves nothing; only a race after the registration (the seats taken meanwhile) leaves it registered,
 * answered as failed with its id, and a re-sent item takes the step again.
 */
@ApplicationScoped
public class ParticipationUpserts {

    static final String FAMILY = "participation";

    @Inject
    RegistrationService registrations;

    @Inject
    ParticipationService participations;

    @Inject
    ParticipationStore store;

    @Inject
    ExchangeEventService events;

    @Inject
    ParticipationAccess access;

    @Inject
    WaitlistPromoter waitlist;

    @Inject
    ExternalIdStore externalIds;

    @Inject
    AttendanceCounters attendance;

    @Inject
    Caller caller;

    /**
     * Writes one item; {@code instance} names the request in a problem answered for the item. The events whose
     * attendance it moved are added to {@code attendanceMoved}, for {@link #recountAttendance} after the batch.
     */
    public BulkItemResult upsert(int index, ParticipationUpsert named, String instance, Set<UUID> attendanceMoved) {
        ParticipationUpsert item = named.eventId() != null
                ? named
                : named.ofEvent(externalIds
                        .find(caller.clientId(), ExchangeEventService.EXTERNAL_ID_FAMILY, named.eventExternalId())
                        .orElseThrow(() -> unknownEvent(named.eventExternalId())));
        if (item.at() != null && !item.movesOn()) {
            throw new InvalidInput(
                    "at",
                    "dates a step after registration (ATTENDED, NO_SHOW, CANCELLED);"
                            + " a registration is dated when it is made");
        }
        UUID mapped = item.externalId() == null
                ? null
                : externalIds.find(caller.clientId(), FAMILY, item.externalId()).orElse(null);
        if (mapped != null && item.id() != null && !mapped.equals(item.id())) {
            throw new StateConflict(
                    "externalId " + item.externalId() + " names participation " + mapped + ", not " + item.id());
        }
        if (mapped != null) {
            Participation current = store.find(item.eventId(), mapped);
            // None: the batch that claimed the external id stopped before registering; this one registers.
            return current == null
                    ? register(index, item, mapped, instance, attendanceMoved)
                    : moveOn(index, item, current, attendanceMoved);
        }
        if (item.id() != null) {
            Participation current = participations.get(item.eventId(), item.id());
            if (item.externalId() != null && !item.id().equals(claim(item, item.id()))) {
                throw concurrentClaim(item);
            }
            return moveOn(index, item, current, attendanceMoved);
        }
        UUID id = UUID.randomUUID();
        if (item.externalId() != null && !id.equals(claim(item, id))) {
            throw concurrentClaim(item);
        }
        try {
            return register(index, item, id, instance, attendanceMoved);
        } catch (RuntimeException e) {
            if (item.externalId() != null && store.find(item.eventId(), id) == null) {
                externalIds.release(caller.clientId(), FAMILY, item.externalId(), id);
            }
            throw e;
        }
    }

    private BulkItemResult register(
            int index, ParticipationUpsert item, UUID id, String instance, Set<UUID> attendanceMoved) {
        if (item.movesOn()) {
            requireStepPossibleAfterRegistration(events.get(item.eventId()), item.status());
        }
        Participation registered;
        try {
            registered = registrations.register(item.eventId(), item.participant(), id);
        } catch (StateConflict refused) {
            Participation concurrent = store.find(item.eventId(), id);
            if (concurrent == null) {
                throw refused;
            }
            // A concurrent batch of the caller registered it first, under the id it found claimed: this item moves on.
            return moveOn(index, item, concurrent, attendanceMoved);
        }
        if (item.movesOn()) {
            try {
                participations.changeStatus(item.eventId(), id, null, item.status(), item.at(), attendanceMoved::add);
            } catch (DomainFailure stepRefused) {
                ApiProblem problem = DomainProblems.of(stepRefused);
                return new BulkItemResult(
                        index,
                        item.externalId(),
                        BulkOutcome.FAILED,
                        registered.id(),
                        problem.status(),
                        problem.toProblem(instance));
            }
        }
        return BulkItemReader.written(index, item.externalId(), BulkOutcome.CREATED, id);
    }

    private BulkItemResult moveOn(
            int index, ParticipationUpsert item, Participation current, Set<UUID> attendanceMoved) {
        Participation visible = participations.get(item.eventId(), current.id());
        requireSameParticipant(item, visible);
        if (item.status() == null || !item.movesOn() && isRegistration(visible.status())) {
            // Seat or waitlist is the registration's to decide: REGISTERED asks for no more than being registered.
            return BulkItemReader.written(index, item.externalId(), BulkOutcome.UNCHANGED, visible.id());
        }
        Participation moved = participations.changeStatus(
                item.eventId(), visible.id(), null, item.status(), item.at(), attendanceMoved::add);
        return BulkItemReader.written(
                index,
                item.externalId(),
                moved.version() == visible.version() ? BulkOutcome.UNCHANGED : BulkOutcome.UPDATED,
                moved.id());
    }

    /** Recounts the attendance of the events a batch's items moved, once each. */
    public void recountAttendance(Set<UUID> attendanceMoved) {
        attendanceMoved.forEach(attendance::recount);
    }

    /** What {@link ParticipationService#changeStatus} would refuse right after the registration, refused before it. */
    private void requireStepPossibleAfterRegistration(ExchangeEvent event, ParticipationStatus step) {
        if (!step.isAttendance()) {
            return;
        }
        access.requireMayRecordAttendance(event);
        if (!event.hasStarted(Instant.now())) {
            throw new StateConflict("Attendance can be recorded once the event has started ("
                    + event.details().startsAt() + ")");
        }
        boolean full = event.details().capacity() != null
                && (Integer.valueOf(0).equals(event.seatsLeft()) || waitlist.hasWaitlist(event.id()));
        if (full) {
            throw new StateConflict("No seat is left at event " + event.id() + ": the participant would wait, and a "
                    + "waitlisted participant has no attendance to record");
        }
    }

    private static void requireSameParticipant(ParticipationUpsert item, Participation current) {
        Participant named = item.participant();
        boolean same = named.role() == current.role()
                && (named.volunteerId() != null
                        ? named.volunteerId().equals(current.volunteerId())
                        : current.volunteerId() == null
                                && Objects.equals(named.organizationId(), current.organizationId())
                                && normalized(named.name()).equals(normalized(current.name())));
        if (!same) {
            throw new StateConflict("Participation " + current.id() + " is another participant or role: a "
                    + "participation's participant and role do not change; cancel it and register the participant "
                    + "anew");
        }
    }

    private static boolean isRegistration(ParticipationStatus status) {
        return status == ParticipationStatus.REGISTERED || status == ParticipationStatus.WAITLISTED;
    }

    private static String normalized(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private UUID claim(ParticipationUpsert item, UUID id) {
        return externalIds.claim(caller.clientId(), FAMILY, item.externalId(), id);
    }

    private static RuleRefused unknownEvent(String eventExternalId) {
        return new RuleRefused(
                "unknown-event",
                "eventExternalId: no event of " + "yours has the externalId " + eventExternalId
                        + " (send it in an events batch first)",
                List.of(new RefusedField("eventExternalId", "names no event")));
    }

    private static StateConflict concurrentClaim(ParticipationUpsert item) {
        return new StateConflict(
                "Another request of yours is writing externalId " + item.externalId() + "; send the item again");
    }
}
