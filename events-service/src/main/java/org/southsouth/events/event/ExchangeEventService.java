package org.southsouth.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.EventsServiceOutbox;
import org.southsouth.events.messaging.OrganizationReferences;
import org.southsouth.events.participation.Seats;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;

/**
 * Drafts, changes and moves knowledge-exchange events through their lifecycle. Each change is a conditional
 * write on the version it was computed from, carrying its event: a concurrent change makes it start over
 * (or answer 412 when the client named the version it expected with If-Match).
 */
@ApplicationScoped
public class ExchangeEventService {

    /** The family of events' external ids, given by events batches and named by participation batches. */
    public static final String EXTERNAL_ID_FAMILY = "event";

    private static final int MAX_ATTEMPTS = 10;

    @Inject
    ExchangeEventStore store;

    @Inject
    Seats seats;

    @Inject
    EventsServiceOutbox outbox;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    OrganizationReferences organizations;

    @Inject
    EventAccess access;

    public ExchangeEvent draft(EventDetails details) {
        return draft(details, UUID.randomUUID());
    }

    /** Drafts the event as {@code id} (a batch names it before it is written). */
    public ExchangeEvent draft(EventDetails details, UUID id) {
        access.requireHost(details.hostOrganizationId());
        EventRules.check(details);
        organizations.checkEvent(details);
        Instant now = Instant.now();
        ExchangeEvent event = new ExchangeEvent(id, details, EventStatus.DRAFT, 0, 1, now, now, now);
        store.insert(event, outbox.of(EventsServiceEvents.EVENT_DRAFTED, event));
        relay.wake();
        return event;
    }

    /** The event, if the caller may see it (404 for a draft of another organization, as if it did not exist). */
    public ExchangeEvent get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Event", id));
    }

    /** The event, if it exists and the caller may see it. */
    public Optional<ExchangeEvent> find(UUID id) {
        ExchangeEvent event = store.find(id);
        return event == null || !access.sees(event) ? Optional.empty() : Optional.of(event);
    }

    /** Applies {@code change} to the details; refused once the event is completed or cancelled. */
    public ExchangeEvent update(UUID id, String ifMatch, UnaryOperator<EventDetails> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ExchangeEvent current = get(id);
            access.requireHost(current.details().hostOrganizationId());
            ETags.requireMatch(ifMatch, current.version());
            if (current.status() == EventStatus.COMPLETED || current.status() == EventStatus.CANCELLED) {
                throw new StateConflict("A " + current.status() + " event can no longer be changed");
            }
            EventDetails details = change.apply(current.details());
            access.requireHostChangeAllowed(current, details.hostOrganizationId());
            EventRules.check(details);
            organizations.checkEvent(details);
            if (details.capacity() != null && details.capacity() < current.seatsTaken()) {
                throw new StateConflict("capacity " + details.capacity() + " is below the " + current.seatsTaken()
                        + " seats already taken; cancel participations first");
            }
            ExchangeEvent next = new ExchangeEvent(
                    id,
                    details,
                    current.status(),
                    current.seatsTaken(),
                    current.version() + 1,
                    current.createdAt(),
                    Instant.now(),
                    current.statusChangedAt());
            if (store.updateDetails(
                    current, details, next.updatedAt(), outbox.of(EventsServiceEvents.EVENT_UPDATED, next))) {
                relay.wake();
                seats.promote(id);
                return next;
            }
        }
        throw new StateConflict("The event kept changing while this update was applied; try again");
    }

    /** Moves the event to {@code status}, the step dated {@code at} (now when null). */
    public ExchangeEvent changeStatus(UUID id, String ifMatch, EventStatus status, Instant at) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ExchangeEvent current = get(id);
            access.requireHost(current.details().hostOrganizationId());
            ETags.requireMatch(ifMatch, current.version());
            if (current.status() == status && (at == null || at.equals(current.statusChangedAt()))) {
                return current;
            }
            Instant now = Instant.now();
            if (!current.status().canBecome(status)) {
                throw new StateConflict("An event cannot go from " + current.status() + " to " + status);
            }
            if (status == EventStatus.COMPLETED && !current.hasEnded(now)) {
                throw new StateConflict("An event can be COMPLETED only after it ended ("
                        + current.details().endsAt() + ")");
            }
            ExchangeEvent next = new ExchangeEvent(
                    id,
                    current.details(),
                    status,
                    current.seatsTaken(),
                    current.version() + 1,
                    current.createdAt(),
                    now,
                    at == null ? now : at);
            if (store.changeStatus(current, next, outbox.of(EventsServiceEvents.EVENT_STATUS_CHANGED, next))) {
                relay.wake();
                return next;
            }
        }
        throw new StateConflict("The event kept changing while its status was changed; try again");
    }

    public List<ExchangeEvent> page(EventFilter filter, String sort, int page, int size) {
        return store.page(filter, access.visibility(), sort, page, size);
    }

    public long count(EventFilter filter) {
        return store.count(filter, access.visibility());
    }
}
