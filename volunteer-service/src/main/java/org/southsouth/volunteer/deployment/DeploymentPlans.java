package org.southsouth.volunteer.deployment;

public final class DeploymentPlans {

    private DeploymentPlans() {}

    public static DeploymentPlan of(Deployment d) {
        return new DeploymentPlan(
                d.volunteerId,
                d.sendingOrganizationId,
                d.hostOrganizationId,
                d.country,
                d.programme,
                d.role,
                d.plannedStart,
                d.plannedEnd,
                d.sdgs.stream().sorted().toList());
    }
}
