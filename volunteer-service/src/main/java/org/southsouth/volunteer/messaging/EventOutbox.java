package org.southsouth.volunteer.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import org.jboss.logging.MDC;
import org.southsouth.backbone.OutboxWriter;
import org.southsouth.backbone.ReliableConsumer;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.rest.RequestId;

/**
 * Appends this service's events to the outbox in the caller's transaction. The correlation id is the HTTP
 * request's id, or, when a consumed event caused the change, that event's correlation id.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    OutboxWriter outbox;

    @Inject
    RequestId requestId;

    /** Call after the change is flushed: {@code version} is then the aggregate's version after the change. */
    public void publish(EventType type, UUID aggregateId, long version, Object payload) {
        EventEnvelope event = EventEnvelope.of(type, aggregateId.toString(), version + 1, payload);
        outbox.append(type.topic(), event, correlationId());
    }

    private String correlationId() {
        if (Arc.container().requestContext().isActive() && requestId.get() != null) {
            return requestId.get();
        }
        Object fromConsumer = MDC.get(ReliableConsumer.MDC_CORRELATION_ID);
        return fromConsumer == null ? null : fromConsumer.toString();
    }
}
