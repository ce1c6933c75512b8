package org.southsouth.volunteer.opportunity;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of an opportunity: a DRAFT is published (OPEN), stops taking applications (CLOSED) and ends FILLED
 * (every position taken, or the host ends selection with at least one) or CANCELLED.
 */
public enum OpportunityStatus {
    DRAFT,
    OPEN,
    CLOSED,
    FILLED,
    CANCELLED;

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> NEXT = Map.of(
            DRAFT, Set.of(OPEN, CANCELLED),
            OPEN, Set.of(CLOSED, FILLED, CANCELLED),
            CLOSED, Set.of(FILLED, CANCELLED),
            FILLED, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(OpportunityStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<OpportunityStatus> next() {
        return NEXT.get(this);
    }

    /** Offers can still be made and accepted. */
    public boolean selecting() {
        return this == OPEN || this == CLOSED;
    }
}
