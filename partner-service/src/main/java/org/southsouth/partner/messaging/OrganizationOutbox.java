package org.southsouth.partner.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.backbone.postgres.OutboxWriter;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.organization.Organization;
import org.southsouth.security.EventOrigins;

/** Writes organization events to the outbox, in the caller's transaction. Contacts never go on the bus. */
@ApplicationScoped
public class OrganizationOutbox {

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
    public void publish(EventType type, Organization o) {
        OrganizationV1 payload = new OrganizationV1(
                o.id,
                o.name,
                o.acronym,
                o.type,
                o.country,
                o.region == null ? null : o.region.name(),
                o.status.name(),
                o.hub,
                java.util.List.copyOf(o.sdgs),
                o.joinedNetworkOn,
                o.updatedAt);
        outbox.append(type.topic(), origins.envelope(type, o.id.toString(), o.revision(), payload));
        journal.written(o);
    }
}
