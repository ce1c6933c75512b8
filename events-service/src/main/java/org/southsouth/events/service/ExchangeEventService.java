package org.southsouth.events.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.events.ExchangeEventV1;
import org.southsouth.events.domain.EventKind;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.ExchangeEvent;
import org.southsouth.events.messaging.DocumentOutbox;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.store.ExchangeEventStore;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.RequestId;

/** Drafts and reads knowledge-exchange events; each change carries its event in the same write. */
@ApplicationScoped
public class ExchangeEventService {

    @Inject
    ExchangeEventStore store;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    RequestId requestId;

    public ExchangeEvent draft(EventKind kind, String title, UUID hostOrganizationId, String country,
                               Instant startsAt, Instant endsAt, Integer capacity, List<Integer> sdgs) {
        if (!endsAt.isAfter(startsAt)) {
            throw ApiProblem.invalidField("endsAt", "must be after startsAt");
        }
        Instant now = Instant.now();
        ExchangeEvent event = new ExchangeEvent(UUID.randomUUID(), kind, title.strip(), hostOrganizationId, country,
                EventStatus.DRAFT, startsAt, endsAt, capacity, sdgs == null ? List.of() : List.copyOf(sdgs), 1, now, now);
        store.insert(event, List.of(outboxEntry(EventsServiceEvents.EVENT_DRAFTED, event)));
        relay.wake();
        return event;
    }

    public ExchangeEvent get(UUID id) {
        ExchangeEvent event = store.find(id);
        if (event == null) {
            throw ApiProblem.notFound("Event", id);
        }
        return event;
    }

    public List<ExchangeEvent> page(int page, int size) {
        return store.page(page, size);
    }

    public long count() {
        return store.count();
    }

    private org.bson.Document outboxEntry(EventType type, ExchangeEvent e) {
        ExchangeEventV1 payload = new ExchangeEventV1(e.id(), e.kind().name(), e.title(), e.hostOrganizationId(),
                List.of(), e.country(), null, false, e.status().name(), e.startsAt(), e.endsAt(), e.capacity(), e.sdgs(), e.updatedAt());
        return DocumentOutbox.entry(type, EventEnvelope.of(type, e.id().toString(), e.version(), payload), requestId.get());
    }
}
