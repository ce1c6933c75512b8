package org.southsouth.events.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.Participation;
import org.southsouth.events.domain.ParticipationStatus;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.OutboxEntries;
import org.southsouth.events.store.ParticipationStore;
import org.southsouth.events.store.SeatLedger;

/**
 * Gives free seats to the waitlist, first come first served (registration time, then id). A seat given back by a
 * cancellation goes straight to the next in line, so a newcomer cannot overtake the waitlist.
 */
@ApplicationScoped
public class WaitlistPromoter {

    private static final List<EventStatus> PROMOTING = List.of(EventStatus.OPEN, EventStatus.CLOSED);

    @Inject
    ParticipationStore participations;

    @Inject
    SeatLedger seats;

    @Inject
    OutboxEntries outbox;

    @Inject
    DocumentOutboxRelay relay;

    /** A participant holding a seat left: the seat passes to the next in line, or back to the event. */
    public void seatFreed(UUID eventId) {
        Participation next;
        while ((next = participations.firstWaitlisted(eventId)) != null) {
            if (promoteOne(next)) {
                return;
            }
        }
        seats.release(eventId, 1);
        // A registration may have joined the waitlist between the look-up above and the release.
        promote(eventId);
    }

    /** Fills every free seat from the waitlist. */
    public void promote(UUID eventId) {
        Participation next;
        while ((next = participations.firstWaitlisted(eventId)) != null) {
            if (!seats.claim(eventId, 1, PROMOTING)) {
                return;
            }
            if (!promoteOne(next)) {
                seats.release(eventId, 1);
            }
        }
    }

    private boolean promoteOne(Participation waitlisted) {
        Participation promoted = waitlisted.withStatus(ParticipationStatus.REGISTERED, Instant.now());
        boolean done = participations.changeStatus(waitlisted, promoted,
                outbox.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, promoted));
        if (done) {
            relay.wake();
        }
        return done;
    }
}
