package org.southsouth.partner.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.backbone.postgres.OutboxWriter;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.partner.PartnershipV1;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.partnership.Partnership;
import org.southsouth.security.EventOrigins;

/** Writes partnership events to the outbox, in the caller's transaction. */
@ApplicationScoped
public class PartnershipOutbox {

    @Inject
    OutboxWriter outbox;

    @Inject
    EventOrigins origins;

    @Inject
    PartnerJournal journal;

    /**
     * Call after the change is flushed, so the sequence is the revision the change produced. Every change publishes,
     * so this is also where it is journaled (the record's history and changes feed).
     */
    public void publish(EventType type, Partnership p) {
        PartnershipV1 payload = new PartnershipV1(
                p.id,
                p.title,
                p.kind.name(),
                p.status.name(),
                p.parties.stream()
                        .map(party -> new PartnershipV1.Party(
                                party.organizationId, party.role.name().toLowerCase(java.util.Locale.ROOT)))
                        .toList(),
                java.util.List.copyOf(p.sdgTargets),
                java.util.List.copyOf(p.countries),
                p.startsOn,
                p.endsOn,
                p.updatedAt);
        outbox.append(type.topic(), origins.envelope(type, p.id.toString(), p.revision(), payload));
        journal.written(p);
    }
}
