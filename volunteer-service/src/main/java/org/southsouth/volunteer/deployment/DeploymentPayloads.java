package org.southsouth.volunteer.deployment;

import org.southsouth.contracts.volunteer.DeploymentV1;

public final class DeploymentPayloads {

    private DeploymentPayloads() {}

    public static DeploymentV1 of(Deployment d) {
        return new DeploymentV1(
                d.id,
                d.volunteerId,
                d.sendingOrganizationId,
                d.hostOrganizationId,
                d.country,
                d.programme.name(),
                d.role,
                d.plannedStart,
                d.plannedEnd,
                d.status.name(),
                d.sdgs.stream().sorted().toList(),
                d.updatedAt,
                d.arrivedOn,
                d.completedOn,
                d.endedOn);
    }
}
