package org.southsouth.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.events.ExchangeEventV1;
import org.southsouth.contracts.events.KnowledgeProductV1;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.events.event.EventDetails;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.knowledge.KnowledgeContent;
import org.southsouth.events.knowledge.KnowledgeProduct;
import org.southsouth.events.participation.Participation;
import org.southsouth.security.EventOrigins;

/**
 * The outbox entries of this service's aggregates: the state after the change as the versioned payload, the
 * aggregate's version as sequence, who and what caused the change as its origin and the request id as correlation id.
 */
@ApplicationScoped
public class EventsServiceOutbox {

    @Inject
    EventOrigins origins;

    public Document of(EventType type, ExchangeEvent e) {
        EventDetails d = e.details();
        ExchangeEventV1 payload = new ExchangeEventV1(
                e.id(),
                d.kind().name(),
                d.title(),
                d.hostOrganizationId(),
                d.partnerOrganizationIds(),
                d.country(),
                d.city(),
                d.online(),
                e.status().name(),
                d.startsAt(),
                d.endsAt(),
                d.capacity(),
                d.sdgs(),
                e.updatedAt(),
                e.statusChangedAt());
        return entry(type, e.id().toString(), e.version(), payload);
    }

    public Document of(EventType type, Participation p) {
        ParticipationV1 payload = new ParticipationV1(
                p.id(),
                p.eventId(),
                p.eventKind().name(),
                p.eventCountry(),
                p.volunteerId(),
                p.organizationId(),
                p.role().name(),
                p.status().name(),
                p.updatedAt(),
                p.statusChangedAt());
        return entry(type, p.id().toString(), p.version(), payload);
    }

    public Document of(EventType type, KnowledgeProduct k) {
        KnowledgeContent c = k.content();
        KnowledgeProductV1 payload = new KnowledgeProductV1(
                k.id(),
                c.kind().name(),
                c.title(),
                c.leadOrganizationIds(),
                c.year(),
                c.country(),
                c.region() == null ? null : c.region().name(),
                c.sdgs(),
                k.reviewStatus().name(),
                (int) k.version(),
                k.updatedAt());
        return entry(type, k.id().toString(), k.version(), payload);
    }

    private Document entry(EventType type, String subject, long sequence, Object payload) {
        return DocumentOutbox.entry(type, origins.envelope(type, subject, sequence, payload));
    }
}
