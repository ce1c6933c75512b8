package org.southsouth.volunteer.deployment;

import org.southsouth.failure.StateConflict;

/** The one answer to a deployment that would overlap another of the same volunteer. */
public final class DeploymentOverlap {

    /** The exclusion constraint that keeps a volunteer's deployments apart even when requests race. */
    public static final String CONSTRAINT = "deployment_no_overlap";

    private DeploymentOverlap() {}

    public static StateConflict conflict() {
        return new StateConflict("The volunteer already has a deployment (not cancelled) overlapping these dates");
    }
}
