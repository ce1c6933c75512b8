package org.southsouth.events.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A knowledge-exchange event with its lifecycle. {@code seatsTaken} counts REGISTERED, ATTENDED and NO_SHOW
 * participations; it changes atomically with each registration, never through the event's own version.
 */
public record ExchangeEvent(
        UUID id,
        EventDetails details,
        EventStatus status,
        int seatsTaken,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant statusChangedAt) {

    public Integer seatsLeft() {
        return details.capacity() == null ? null : Math.max(0, details.capacity() - seatsTaken);
    }

    public boolean hasStarted(Instant now) {
        return !details.startsAt().isAfter(now);
    }

    public boolean hasEnded(Instant now) {
        return !details.endsAt().isAfter(now);
    }
}
