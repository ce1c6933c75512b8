package org.southsouth.events.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.bson.Document;
import org.southsouth.backbone.OutgoingEvent;
import org.southsouth.backbone.TraceContext;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;

/**
 * The outbox of a MongoDB aggregate: pending events live in the changed document itself, so the change and its
 * events are one atomic single-document write (no multi-document transaction needed), and the relay removes
 * each event once Kafka has it. Each entry keeps the writing span's trace context for the relay.
 */
public final class DocumentOutbox {

    /** Array of pending events inside the aggregate's document. */
    public static final String FIELD = "outbox";
    /** Until when a relay instance holds the document's pending events. */
    static final String LEASE_FIELD = "outboxLeaseUntil";

    private DocumentOutbox() {}

    public static Document entry(EventType type, EventEnvelope event) {
        return new Document("id", event.id())
                .append("topic", type.topic())
                .append("aggregateId", event.subject())
                .append("envelope", new String(EventCodec.encode(event), StandardCharsets.UTF_8))
                .append("correlationId", event.requestid())
                .append("traceparent", TraceContext.currentTraceparent())
                .append("createdAt", Date.from(event.time()));
    }

    static OutgoingEvent toOutgoing(Document entry) {
        return new OutgoingEvent(
                entry.getString("topic"),
                entry.getString("aggregateId"),
                entry.getString("envelope").getBytes(StandardCharsets.UTF_8),
                entry.getString("correlationId"),
                entry.getString("traceparent"));
    }
}
