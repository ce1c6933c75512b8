package org.southsouth.events.participation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.southsouth.events.config.EventsSettings;

/**
 * Gives back seats that were claimed but never reached a participation (the process died between the claim on the
 * event and the participation's write), then lets the waitlist have them. Each seat of a claim older than the grace
 * period is either held by a participation or voided, so a write still under way can no longer take it; the voided
 * seats go back in one update that matches only while the claim is pending, so any number of instances may run this.
 */
@ApplicationScoped
class SeatClaimReconciler {

    private static final Logger LOG = Logger.getLogger(SeatClaimReconciler.class);

    @Inject
    SeatLedger seats;

    @Inject
    ParticipationStore participations;

    @Inject
    WaitlistPromoter waitlist;

    @Inject
    EventsSettings settings;

    private final Counter released;

    @Inject
    SeatClaimReconciler(MeterRegistry registry) {
        released = Counter.builder("seats.leaked.released")
                .description("Seats claimed for a participation that was never written, given back")
                .register(registry);
    }

    /** Ends every claim older than the grace period; returns how many seats went back to their events. */
    public int reconcile() {
        int total = 0;
        for (SeatClaim claim :
                seats.pendingSince(Instant.now().minus(settings.seatClaims().grace()))) {
            int unused = 0;
            for (int seat = 0; seat < claim.seats(); seat++) {
                if (participations.voidSeat(claim.slot(seat))) {
                    unused++;
                }
            }
            if (unused == 0) {
                seats.settle(claim);
            } else if (seats.giveBack(claim, unused)) {
                released.increment(unused);
                total += unused;
                LOG.warnf(
                        "Gave back %d seats of event %s claimed at %s and never taken",
                        unused, claim.eventId(), claim.at());
                waitlist.promote(claim.eventId());
            }
        }
        return total;
    }
}
