package org.southsouth.volunteer.application;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of an application: SUBMITTED → SHORTLISTED → OFFERED → ACCEPTED | DECLINED; the host may REJECT and the
 * volunteer WITHDRAW at any step before the end. ACCEPTED, DECLINED, REJECTED and WITHDRAWN are final.
 */
public enum ApplicationStatus {
    SUBMITTED,
    SHORTLISTED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    REJECTED,
    WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            SUBMITTED, Set.of(SHORTLISTED, OFFERED, REJECTED, WITHDRAWN),
            SHORTLISTED, Set.of(OFFERED, REJECTED, WITHDRAWN),
            OFFERED, Set.of(ACCEPTED, DECLINED, REJECTED, WITHDRAWN),
            ACCEPTED, Set.of(),
            DECLINED, Set.of(),
            REJECTED, Set.of(),
            WITHDRAWN, Set.of());

    /** Statuses of the one application a volunteer may hold per opportunity (the partial unique index's). */
    public static final Set<ApplicationStatus> LIVE = Set.of(SUBMITTED, SHORTLISTED, OFFERED, ACCEPTED);

    public boolean canBecome(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<ApplicationStatus> next() {
        return NEXT.get(this);
    }

    /** Still waiting for a decision, so it must be told when the opportunity is filled or cancelled. */
    public boolean pending() {
        return this == SUBMITTED || this == SHORTLISTED || this == OFFERED;
    }

    /** Decided by the host organization (or staff): shortlisting, offering, rejecting. */
    public boolean hostsMove() {
        return this == SHORTLISTED || this == OFFERED || this == REJECTED;
    }
}
