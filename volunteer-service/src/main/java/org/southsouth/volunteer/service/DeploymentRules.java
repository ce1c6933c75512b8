package org.southsouth.volunteer.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.southsouth.rest.ApiProblem;
import org.southsouth.volunteer.domain.Deployment;
import org.southsouth.volunteer.domain.DeploymentPeriod;
import org.southsouth.volunteer.domain.DeploymentStatus;
import org.southsouth.volunteer.domain.HostOrganization;
import org.southsouth.volunteer.domain.Volunteer;
import org.southsouth.volunteer.domain.VolunteerStatus;

/** What a deployment plan must satisfy beyond its shape: dates, an active host, a known sender, a free volunteer. */
@ApplicationScoped
public class DeploymentRules {

    public void checkPlan(DeploymentPlan plan, Volunteer volunteer, UUID exceptDeployment) {
        DeploymentPeriod.problemWith(plan.plannedStart(), plan.plannedEnd())
                .ifPresent(problem -> { throw ApiProblem.invalidField("plannedEnd", problem); });
        if (plan.sdgs().size() != plan.sdgs().stream().distinct().count()) {
            throw ApiProblem.invalidField("sdgs", "lists an SDG twice");
        }
        if (volunteer.status != VolunteerStatus.ACTIVE) {
            throw ApiProblem.unprocessable("volunteer-not-active",
                    "Volunteer " + volunteer.id + " is " + volunteer.status + "; only ACTIVE volunteers can be deployed");
        }
        requireActiveHost(plan.hostOrganizationId());
        if (HostOrganization.findById(plan.sendingOrganizationId()) == null) {
            throw ApiProblem.unprocessable("unknown-organization", "Sending organization " + plan.sendingOrganizationId()
                    + " is not known to volunteer-service; it must be registered in partner-service first.");
        }
        if (overlapping(volunteer.id, plan, exceptDeployment)) {
            throw DeploymentOverlap.problem();
        }
    }

    public void requireActiveHost(UUID hostId) {
        HostOrganization host = HostOrganization.findById(hostId);
        if (host == null) {
            throw ApiProblem.unprocessable("host-not-active", "Host organization " + hostId
                    + " is not known to volunteer-service; it must be registered and ACTIVE in partner-service.");
        }
        if (!"ACTIVE".equals(host.status)) {
            throw ApiProblem.unprocessable("host-not-active", "Host organization " + hostId + " (" + host.name + ") is "
                    + host.status + "; volunteers can only be deployed to ACTIVE organizations.");
        }
    }

    private static boolean overlapping(UUID volunteerId, DeploymentPlan plan, UUID except) {
        return Deployment.count("volunteerId = ?1 and status <> ?2 and id <> ?3"
                        + " and plannedStart <= ?4 and coalesce(endedOn, plannedEnd) >= ?5",
                volunteerId, DeploymentStatus.CANCELLED, except == null ? new UUID(0, 0) : except,
                plan.plannedEnd(), plan.plannedStart()) > 0;
    }
}
