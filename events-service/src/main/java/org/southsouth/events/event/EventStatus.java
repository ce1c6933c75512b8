package org.southsouth.events.event;

import java.util.Map;
import java.util.Set;

/** DRAFT → OPEN → CLOSED → COMPLETED; DRAFT, OPEN and CLOSED may also be CANCELLED. */
public enum EventStatus {
    DRAFT,
    OPEN,
    CLOSED,
    COMPLETED,
    CANCELLED;

    private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
            DRAFT, Set.of(OPEN, CANCELLED),
            OPEN, Set.of(CLOSED, CANCELLED),
            CLOSED, Set.of(COMPLETED, CANCELLED),
            COMPLETED, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(EventStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Statuses whose events count in figures: drafts and cancelled events count nowhere. */
    public static final Set<EventStatus> COUNTED = Set.of(OPEN, CLOSED, COMPLETED);
}
