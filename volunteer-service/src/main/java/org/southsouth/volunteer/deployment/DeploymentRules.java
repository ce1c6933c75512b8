package org.southsouth.volunteer.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.RuleRefused;
import org.southsouth.volunteer.messaging.HostOrganization;
import org.southsouth.volunteer.volunteer.Volunteer;
import org.southsouth.volunteer.volunteer.VolunteerStatus;

/** What a deployment plan must satisfy beyond its shape: dates, an active host, a known sender, a free volunteer. */
@ApplicationScoped
public class DeploymentRules {

    public void checkPlan(DeploymentPlan plan, Volunteer volunteer, UUID exceptDeployment) {
        DeploymentPeriod.problemWith(plan.plannedStart(), plan.plannedEnd()).ifPresent(problem -> {
            throw new InvalidInput("plannedEnd", problem);
        });
        if (plan.sdgs().size() != plan.sdgs().stream().distinct().count()) {
            throw new InvalidInput("sdgs", "lists an SDG twice");
        }
        if (volunteer.status != VolunteerStatus.ACTIVE) {
            throw new RuleRefused(
                    "volunteer-not-active",
                    "Volunteer " + volunteer.id + " is " + volunteer.status
                            + "; only ACTIVE volunteers can be deployed");
        }
        requireActiveHost(plan.hostOrganizationId());
        if (HostOrganization.findById(plan.sendingOrganizationId()) == null) {
            throw new RuleRefused(
                    "unknown-organization",
                    "Sending organization " + plan.sendingOrganizationId()
                            + " is not known to volunteer-service; it must be registered in partner-service first.");
        }
        if (overlapping(volunteer.id, plan, exceptDeployment)) {
            throw DeploymentOverlap.conflict();
        }
    }

    public void requireActiveHost(UUID hostId) {
        HostOrganization host = HostOrganization.findById(hostId);
        if (host == null) {
            throw new RuleRefused(
                    "host-not-active",
                    "Host organization " + hostId
                            + " is not known to volunteer-service; it must be registered and ACTIVE in partner-service.");
        }
        if (!"ACTIVE".equals(host.status)) {
            throw new RuleRefused(
                    "host-not-active",
                    "Host organization " + hostId + " (" + host.name + ") is " + host.status
                            + "; volunteers can only be deployed to ACTIVE organizations.");
        }
    }

    /** A select, not Panache's count(): Hibernate translates every count() to SQL anew, a select only once. */
    private static boolean overlapping(UUID volunteerId, DeploymentPlan plan, UUID except) {
        return !Deployment.getEntityManager()
                .createQuery(
                        "select d.id from Deployment d where d.volunteerId = :volunteer"
                                + " and d.status <> :cancelled and d.id <> :except"
                                + " and d.plannedStart <= :end and coalesce(d.endedOn, d.plannedEnd) >= :start",
                        UUID.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("cancelled", DeploymentStatus.CANCELLED)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("end", plan.plannedEnd())
                .setParameter("start", plan.plannedStart())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
