package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.messaging.EventsServiceOutbox;

/**
 * Gives free seats to the waitlist strictly first come, first served (registration time, then id). A waitlisted
 * group moves up as a whole when seats for all its waiting members are free, and nobody overtakes it meanwhile.
 */
@ApplicationScoped
class WaitlistPromoter {

    private static final List<EventStatus> PROMOTING = List.of(EventStatus.OPEN, EventStatus.CLOSED);

    @Inject
    ParticipationStore participations;

    @Inject
    SeatLedger seats;

    @Inject
    EventsServiceOutbox outbox;

    @Inject
    DocumentOutboxRelay relay;

    /** Whether someone is waiting: then a newcomer waits too, behind them. */
    public boolean hasWaitlist(UUID eventId) {
        return participations.firstWaitlisted(eventId) != null;
    }

    /** Fills free seats from the head of the waitlist until the head no longer fits. */
    public void promote(UUID eventId) {
        Participation head;
        while ((head = participations.firstWaitlisted(eventId)) != null) {
            List<Participation> moving =
                    head.groupId() == null ? List.of(head) : participations.waitlistedOfGroup(eventId, head.groupId());
            // Only an event with a capacity has a waitlist (removing the capacity promotes it).
            SeatClaim claim = seats.claim(eventId, moving.size(), PROMOTING, true);
            if (claim == null) {
                return;
            }
            int promoted = 0;
            for (Participation waiting : moving) {
                if (promoteOne(waiting, claim.slot(promoted))) {
                    promoted++;
                }
            }
            if (promoted == moving.size()) {
                seats.settle(claim);
            } else {
                // Some changed meanwhile (cancelled): their seats are not needed.
                seats.giveBack(claim, moving.size() - promoted);
            }
        }
    }

    private boolean promoteOne(Participation waitlisted, String seat) {
        Participation promoted = waitlisted.withStatus(ParticipationStatus.REGISTERED, Instant.now(), Instant.now());
        boolean done = participations.promote(
                waitlisted, promoted, seat, outbox.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, promoted));
        if (done) {
            relay.wake();
        }
        return done;
    }
}
