package org.southsouth.events.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * Seats taken on an event and not yet given to participations. Each seat has a slot key that the participation
 * taking it stores (unique), so a seat can be given to one participation, or voided, never both.
 */
record SeatClaim(UUID eventId, UUID claimId, int seats, Instant at) {

    public String slot(int seat) {
        return claimId + "/" + seat;
    }
}
