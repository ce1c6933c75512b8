package org.southsouth.webhook.delivery;

import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.webhook.subscription.EventVisibility;

/**
 * The body of a delivery: the CloudEvent in structured JSON as its owner published it, or, for an event about a
 * person, only its attributes (type, id, source, subject, time, sequence) so the receiver reads the record itself.
 */
public final class DeliveryBody {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    private DeliveryBody() {}

    public static byte[] of(String topic, byte[] envelope) {
        EventEnvelope event = EventCodec.decode(envelope);
        if (EventVisibility.aboutPeople(topic)) {
            event = new EventEnvelope(
                    event.specversion(),
                    event.id(),
                    event.source(),
                    event.type(),
                    event.subject(),
                    event.time(),
                    null,
                    null,
                    event.sequence(),
                    null);
        }
        return EventCodec.encode(event);
    }
}
