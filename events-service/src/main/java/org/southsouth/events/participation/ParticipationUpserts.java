package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventService;
import org.southsouth.events.messaging.KnownVolunteer;
import org.southsouth.events.rest.ExternalIdStore;
import org.southsouth.failure.DomainFailure;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RefusedField;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
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
    Seats seats;

    @Inject
    ExternalIdStore externalIds;

    @Inject
    AttendanceCounters attendance;

    @Inject
    RegistrationBatch together;

    @Inject
    Caller caller;

    /** An item of a batch at its position in the request. */
    public record Numbered(int index, ParticipationUpsert item) {}

    /**
     * Writes a batch's items and answers each through {@code answer} (its position, its result); {@code instance}
     * names the request in a problem answered for an item. The new participants of an event are registered together
     * ({@link RegistrationBatch}) when each would be registered with a seat and take its step by its own request; the
     * items of any other event go one by one, in request order. The events whose attendance moved are added to
     * {@code attendanceMoved}, for {@link #recountAttendance} after the batch.
     */
    public void upsertAll(
            List<Numbered> items,
            String instance,
            List<UUID> attendanceMoved,
            BiConsumer<Integer, BulkItemResult> answer) {
        Map<String, UUID> eventsByExternalId = new HashMap<>();
        Map<UUID, List<Numbered>> byEvent = new LinkedHashMap<>();
        for (Numbered named : items) {
            try {
                ParticipationUpsert item = ofNamedEvent(named.item(), eventsByExternalId);
                requireAtOnlyOnAStep(item);
                byEvent.computeIfAbsent(item.eventId(), event -> new ArrayList<>())
                        .add(new Numbered(named.index(), item));
            } catch (RuntimeException e) {
                answer.accept(
                        named.index(),
                        BulkItemReader.failed(named.index(), named.item().externalId(), e, instance));
            }
        }
        Map<UUID, KnownVolunteer> volunteers = together.volunteersOf(
                items.stream().map(Numbered::item).filter(i -> i.id() == null).toList());
        Map<UUID, Boolean> active = new HashMap<>();
        byEvent.forEach((eventId, group) -> {
            if (!registeredTogether(eventId, group, volunteers, active, instance, attendanceMoved, answer)) {
                group.forEach(n -> answer.accept(n.index(), oneByOne(n, instance, attendanceMoved)));
            }
        });
    }

    /** Registers the group's participants together if {@link RegistrationBatch} may; false when it may not. */
    private boolean registeredTogether(
            UUID eventId,
            List<Numbered> group,
            Map<UUID, KnownVolunteer> volunteers,
            Map<UUID, Boolean> active,
            String instance,
            List<UUID> attendanceMoved,
            BiConsumer<Integer, BulkItemResult> answer) {
        ExchangeEvent event = events.find(eventId).orElse(null);
        List<RegistrationBatch.Registration> planned = event == null
                ? null
                : together.plan(event, group.stream().map(Numbered::item).toList(), volunteers, active);
        if (planned == null) {
            return false;
        }
        Map<String, UUID> claims = new HashMap<>();
        planned.stream()
                .filter(r -> r.item().externalId() != null)
                .forEach(r -> claims.put(r.item().externalId(), r.id()));
        Set<String> named = externalIds.claimAll(caller.clientId(), FAMILY, claims);
        Map<Integer, Participation> refused =
                named.isEmpty() ? together.register(event, planned, attendanceMoved) : null;
        if (refused == null) {
            // Some name participations already, or the seats went meanwhile: each item goes on its own.
            claims.forEach((externalId, id) -> {
                if (!named.contains(externalId)) {
                    externalIds.release(caller.clientId(), FAMILY, externalId, id);
                }
            });
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            Numbered n = group.get(i);
            UUID id = planned.get(i).id();
            answer.accept(
                    n.index(),
                    refused.containsKey(i)
                            ? refusedRegistration(n, refused.get(i), instance, attendanceMoved)
                            : BulkItemReader.written(n.index(), n.item().externalId(), BulkOutcome.CREATED, id));
        }
        return true;
    }

    /** What a registration refused as a duplicate answers, as {@link #register} would. */
    private BulkItemResult refusedRegistration(
            Numbered n, Participation candidate, String instance, List<UUID> attendanceMoved) {
        ParticipationUpsert item = n.item();
        try {
            Participation concurrent = store.find(item.eventId(), candidate.id());
            if (concurrent != null) {
                return moveOn(n.index(), item, concurrent, attendanceMoved);
            }
            if (item.externalId() != null) {
                externalIds.release(caller.clientId(), FAMILY, item.externalId(), candidate.id());
            }
            throw registrations.alreadyRegistered(candidate);
        } catch (RuntimeException e) {
            return BulkItemReader.failed(n.index(), item.externalId(), e, instance);
        }
    }

    private BulkItemResult oneByOne(Numbered n, String instance, List<UUID> attendanceMoved) {
        try {
            return upsert(n.index(), n.item(), instance, attendanceMoved);
        } catch (RuntimeException e) {
            return BulkItemReader.failed(n.index(), n.item().externalId(), e, instance);
        }
    }

    /** The item naming its event by id: an external id is looked up once per batch. */
    private ParticipationUpsert ofNamedEvent(ParticipationUpsert named, Map<String, UUID> eventsByExternalId) {
        if (named.eventId() != null) {
            return named;
        }
        UUID event = eventsByExternalId.get(named.eventExternalId());
        if (event == null) {
            event = externalIds
                    .find(caller.clientId(), ExchangeEventService.EXTERNAL_ID_FAMILY, named.eventExternalId())
                    .orElseThrow(() -> unknownEvent(named.eventExternalId()));
            eventsByExternalId.put(named.eventExternalId(), event);
        }
        return named.ofEvent(event);
    }

    private static void requireAtOnlyOnAStep(ParticipationUpsert item) {
        if (item.at() != null && !item.movesOn()) {
            throw new InvalidInput(
                    "at",
                    "dates a step after registration (ATTENDED, NO_SHOW, CANCELLED);"
                            + " a registration is dated when it is made");
        }
    }

    /** Writes one item of a known event, as its single calls would. */
    private BulkItemResult upsert(int index, ParticipationUpsert item, String instance, List<UUID> attendanceMoved) {
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
            int index, ParticipationUpsert item, UUID id, String instance, List<UUID> attendanceMoved) {
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
                return BulkItemReader.failedAfterWrite(
                        index, item.externalId(), registered.id(), stepRefused, instance);
            }
        }
        return BulkItemReader.written(index, item.externalId(), BulkOutcome.CREATED, id);
    }

    private BulkItemResult moveOn(
            int index, ParticipationUpsert item, Participation current, List<UUID> attendanceMoved) {
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

    /** Recounts the attendance of the events a batch's items moved, once each, together. */
    public void recountAttendance(List<UUID> attendanceMoved) {
        attendance.recountAllMarked(attendanceMoved);
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
                && (Integer.valueOf(0).equals(event.seatsLeft()) || seats.hasWaitlist(event.id()));
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
