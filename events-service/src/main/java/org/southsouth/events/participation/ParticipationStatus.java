package org.southsouth.events.participation;

import java.util.Map;
import java.util.Set;

/**
 * REGISTERED | WAITLISTED → ATTENDED | NO_SHOW | CANCELLED. A waitlisted participant is promoted to REGISTERED
 * when a seat frees; organizers may correct ATTENDED ↔ NO_SHOW.
 */
public enum ParticipationStatus {
    REGISTERED,
    WAITLISTED,
    ATTENDED,
    NO_SHOW,
    CANCELLED;

    private static final Map<ParticipationStatus, Set<ParticipationStatus>> NEXT = Map.of(
            REGISTERED, Set.of(ATTENDED, NO_SHOW, CANCELLED),
            WAITLISTED, Set.of(REGISTERED, CANCELLED),
            ATTENDED, Set.of(NO_SHOW),
            NO_SHOW, Set.of(ATTENDED),
            CANCELLED, Set.of());

    public boolean canBecome(ParticipationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether a participation in this status holds one of the event's seats. */
    public boolean holdsSeat() {
        return this == REGISTERED || this == ATTENDED || this == NO_SHOW;
    }

    public boolean isAttendance() {
        return this == ATTENDED || this == NO_SHOW;
    }

    /** Whether moving to {@code next} adds or removes an ATTENDED participation, so the event's counts change. */
    public boolean changesAttended(ParticipationStatus next) {
        return (this == ATTENDED) != (next == ATTENDED);
    }
}
