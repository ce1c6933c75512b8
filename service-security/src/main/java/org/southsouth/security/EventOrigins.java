package org.southsouth.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.southsouth.backbone.CausingEvent;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.EventType;
import org.southsouth.rest.RequestId;

/**
 * Who and what causes the events this service writes now: the event a consumer is handling, else the API caller
 * and the request, else nothing (background work).
 */
@ApplicationScoped
public class EventOrigins {

    @Inject
    Caller caller;

    @Inject
    RequestId requestId;

    /** A new event stamped with the current origin. */
    public EventEnvelope envelope(EventType type, String subject, long sequence, Object payload) {
        return EventEnvelope.of(type, subject, sequence, payload, current());
    }

    public EventOrigin current() {
        Optional<EventEnvelope> cause = CausingEvent.current();
        if (cause.isPresent()) {
            return EventOrigin.causedBy(cause.get());
        }
        if (!Arc.container().requestContext().isActive()) {
            return EventOrigin.NONE;
        }
        String roles = caller.roles().stream().map(Role::claim).collect(Collectors.joining(" "));
        return new EventOrigin(
                caller.clientId(),
                roles.isEmpty() ? null : roles,
                caller.partnerOrganization().map(UUID::toString).orElse(null),
                caller.selfVolunteer().map(UUID::toString).orElse(null),
                requestId.get(),
                null);
    }
}
