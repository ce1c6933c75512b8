package org.southsouth.backbone;

import java.util.Optional;
import org.southsouth.contracts.EventEnvelope;

/** The event a consumer is handling on this thread, so the changes it causes can name it as their cause. */
public final class CausingEvent {

    private static final ThreadLocal<EventEnvelope> CURRENT = new ThreadLocal<>();

    private CausingEvent() {}

    public static Optional<EventEnvelope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(EventEnvelope event) {
        CURRENT.set(event);
    }

    static void clear() {
        CURRENT.remove();
    }
}
