package org.southsouth.volunteer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.backbone.postgres.OutboxWriter;
import org.southsouth.contracts.EventType;
import org.southsouth.security.EventOrigins;

/**
 * Appends this service's events to the outbox in the caller's transaction, with their origin: the API caller and
 * request, or, when a consumed event caused the change, that event (and its request id as correlation id).
 */
@ApplicationScoped
public class VolunteerServiceOutbox {

    @Inject
    OutboxWriter outbox;

    @Inject
    EventOrigins origins;

    /** Call after the change is flushed: {@code version} is then the aggregate's version after the change. */
    public void publish(EventType type, UUID aggregateId, long version, Object payload) {
        outbox.append(type.topic(), origins.envelope(type, aggregateId.toString(), version + 1, payload));
    }
}
