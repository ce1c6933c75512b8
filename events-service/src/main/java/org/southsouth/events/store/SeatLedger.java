package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import org.southsouth.events.domain.EventStatus;

/**
 * The seats of an event, taken and given back with single conditional updates on the event document: a claim
 * matches only while enough seats are left, so concurrent registrations can never exceed the capacity.
 * Events without a capacity count taken seats only.
 */
@ApplicationScoped
public class SeatLedger {

    private static final int MAX_ATTEMPTS = 10;

    @Inject
    ExchangeEventStore events;

    /** Takes {@code seats} seats if the event is in one of {@code statuses} and has them left. */
    public boolean claim(UUID eventId, int seats, Collection<EventStatus> statuses) {
        Bson open = and(eq("_id", eventId.toString()), in("status", statuses.stream().map(Enum::name).toList()));
        if (events.collection().updateOne(and(open, ne("capacity", null), gte("seatsLeft", seats)),
                Updates.combine(Updates.inc("seatsTaken", seats), Updates.inc("seatsLeft", -seats))).getModifiedCount() == 1) {
            return true;
        }
        return events.collection().updateOne(and(open, eq("capacity", null)),
                Updates.inc("seatsTaken", seats)).getModifiedCount() == 1;
    }

    /** Gives back {@code seats} seats (retrying while the capacity changes between limited and unlimited). */
    public void release(UUID eventId, int seats) {
        Bson event = eq("_id", eventId.toString());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (events.collection().updateOne(and(event, ne("capacity", null)),
                    Updates.combine(Updates.inc("seatsTaken", -seats), Updates.inc("seatsLeft", seats))).getModifiedCount() == 1
                    || events.collection().updateOne(and(event, eq("capacity", null)),
                    Updates.inc("seatsTaken", -seats)).getModifiedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("Could not give back " + seats + " seats of event " + eventId);
    }
}
