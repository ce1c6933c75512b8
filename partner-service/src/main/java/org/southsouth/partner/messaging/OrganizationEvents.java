package org.southsouth.partner.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.backbone.OutboxWriter;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.partner.domain.Organization;
import org.southsouth.rest.RequestId;

/** Writes organization events to the outbox, in the caller's transaction. */
@ApplicationScoped
public class OrganizationEvents {

    @Inject
    OutboxWriter outbox;

    @Inject
    RequestId requestId;

    /** Call after the change is flushed, so the version is the one the change produced. */
    public void publish(EventType type, Organization organization) {
        OrganizationV1 payload = new OrganizationV1(organization.id, organization.name, organization.acronym,
                organization.type, organization.country, null, organization.status.name(), false, java.util.List.of(),
                null, organization.updatedAt);
        EventEnvelope event = EventEnvelope.of(type, organization.id.toString(), organization.version + 1, payload);
        outbox.append(type.topic(), event, requestId.get());
    }
}
