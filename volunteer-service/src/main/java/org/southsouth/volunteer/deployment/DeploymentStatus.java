package org.southsouth.volunteer.deployment;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of a deployment: PLANNED → ACTIVE → COMPLETED, or CANCELLED before it starts; an active deployment
 * may be EXTENDED (again and again) or ENDED_EARLY.
 */
public enum DeploymentStatus {
    PLANNED,
    ACTIVE,
    EXTENDED,
    COMPLETED,
    ENDED_EARLY,
    CANCELLED;

    private static final Map<DeploymentStatus, Set<DeploymentStatus>> NEXT = Map.of(
            PLANNED, Set.of(ACTIVE, CANCELLED),
            ACTIVE, Set.of(EXTENDED, COMPLETED, ENDED_EARLY),
            EXTENDED, Set.of(EXTENDED, COMPLETED, ENDED_EARLY),
            COMPLETED, Set.of(),
            ENDED_EARLY, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(DeploymentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The volunteer has actually gone abroad: what "deployed" counts. */
    public boolean served() {
        return this != PLANNED && this != CANCELLED;
    }

    public Set<DeploymentStatus> next() {
        return NEXT.get(this);
    }
}
