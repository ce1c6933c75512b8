package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.messaging.EventsServiceOutbox;

/**
 * The seat protocol's owner: every step that takes, holds or gives back an event's seats goes through here.
 * <p>
 * <b>Invariant</b>: an event's taken seats never exceed its capacity; each seat is held by at most one participation;
 * seats claimed by a request that died are given back; the waitlist is served first come, first served, a group as a
 * whole.
 * <p>
 * Seats are claimed on the event document first ({@link SeatLedger}: one update matching only while enough seats are
 * left, the claim recorded on the event as a {@link SeatClaim}); each participation taking one is stored holding its
 * slot (unique), then the claim is settled, and what a failed write did not use is given back. Claims older than the
 * grace period are ended by {@link #reconcile} ({@link SeatClaimReconciler}): each slot is held or voided, and the voided
 * seats go back. A seat freed goes to the waitlist ({@link WaitlistPromoter}).
 */
@ApplicationScoped
public class Seats {

    private static final List<EventStatus> REGISTERING = List.of(EventStatus.OPEN);

    @Inject
    SeatLedger ledger;

    @Inject
    ParticipationStore participations;

    @Inject
    WaitlistPromoter waitlist;

    @Inject
    SeatClaimReconciler reconciler;

    @Inject
    EventsServiceOutbox outbox;

    /** Whether someone is waiting: then a newcomer waits too, behind them. */
    public boolean hasWaitlist(UUID eventId) {
        return waitlist.hasWaitlist(eventId);
    }

    /**
     * Stores {@code count} new participants of the event as one registration: all REGISTERED, each holding a claimed
     * seat, when seats for all are left and nobody waits; else all WAITLISTED. {@code member} makes the participation
     * at a position in the status they get; one that cannot be stored (its participant holds a live participation) is
     * refused with {@code refused}'s exception, after those stored are removed and their seats given back.
     */
    List<Participation> register(
            ExchangeEvent event,
            int count,
            BiFunction<Integer, ParticipationStatus, Participation> member,
            Function<Participation, RuntimeException> refused) {
        UUID eventId = event.id();
        boolean limited = event.details().capacity() != null;
        // Nobody waits for an event without capacity (removing the capacity promotes its waitlist): no need to look.
        boolean behindWaitlist = limited && waitlist.hasWaitlist(eventId);
        SeatClaim claim = behindWaitlist ? null : ledger.claim(eventId, count, REGISTERING, limited);
        ParticipationStatus status = claim != null ? ParticipationStatus.REGISTERED : ParticipationStatus.WAITLISTED;
        List<Participation> stored = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Participation p = member.apply(i, status);
                if (!participations.insert(
                        p,
                        claim == null ? null : claim.slot(i),
                        outbox.of(EventsServiceEvents.PARTICIPATION_REGISTERED, p))) {
                    throw refused.apply(p);
                }
                stored.add(p);
            }
        } catch (RuntimeException e) {
            // The claim ends before the members go: if the reconciler ended it first (this request stalled past the
            // grace period), it gave back only the seats no stored member held, so those are released here, once.
            boolean givenBack = claim != null && ledger.giveBack(claim, count);
            participations.delete(stored.stream().map(Participation::id).toList());
            if (claim != null && !givenBack && !stored.isEmpty()) {
                ledger.release(eventId, stored.size());
            }
            throw e;
        }
        if (claim != null) {
            ledger.settle(claim);
        } else {
            // Seats may have been given back between our claim and the insert: they go to the waitlist in order.
            waitlist.promote(eventId);
        }
        return stored;
    }

    /**
     * Stores the event's new participations in one write, each holding a seat of one claim for all of them; null when
     * the seats were taken meanwhile (nothing written), else the positions refused as duplicates, whose seats go back
     * with the claim's end. The events whose attendance this moves go to {@code recount}.
     */
    Set<Integer> registerTogether(
            UUID eventId, boolean limited, List<RegisteredParticipation> writes, Consumer<UUID> recount) {
        SeatClaim claim = ledger.claim(eventId, writes.size(), REGISTERING, limited);
        if (claim == null) {
            return null;
        }
        List<RegisteredParticipation> seated = new ArrayList<>(writes.size());
        writes.forEach(w -> seated.add(w.holding(claim.slot(seated.size()))));
        Set<Integer> refused = participations.insertAll(seated, recount);
        if (refused.isEmpty()) {
            ledger.settle(claim);
        } else {
            // Had the reconciler ended the claim first, it gave back the seats no participation holds.
            ledger.giveBack(claim, refused.size());
        }
        return refused;
    }

    /** A participant holding a seat left: the seat goes back to the event, then to the waitlist. */
    void seatFreed(UUID eventId) {
        ledger.release(eventId, 1);
        waitlist.promote(eventId);
    }

    /** Fills free seats from the head of the waitlist until the head no longer fits. */
    public void promote(UUID eventId) {
        waitlist.promote(eventId);
    }

    /** Ends every claim older than the grace period; returns how many seats went back to their events. */
    public int reconcile() {
        return reconciler.reconcile();
    }
}
