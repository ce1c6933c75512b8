package org.southsouth.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.StateConflict;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.deployment.Deployment;
import org.southsouth.volunteer.deployment.DeploymentPlan;
import org.southsouth.volunteer.deployment.DeploymentService;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * An accepted offer becomes a PLANNED deployment in the caller's transaction and takes one position. The caller holds
 * the opportunity's row lock, so the count it reads is the count it writes. The deployment is planned for the shortest
 * duration the opportunity asks (what the volunteer commits to); an extension lengthens it when both sides agree.
 */
@ApplicationScoped
public class OfferAcceptance {

    @Inject
    DeploymentService deployments;

    void accept(Application application, Opportunity opportunity, LocalDate requestedStart) {
        if (!opportunity.positionsLeft()) {
            throw new StateConflict(
                    "All " + opportunity.positions + " positions of opportunity " + opportunity.id + " are filled");
        }
        LocalDate start = requestedStart == null ? opportunity.startFrom : requestedStart;
        if (start.isBefore(opportunity.startFrom) || start.isAfter(opportunity.startTo)) {
            throw new InvalidInput(
                    "plannedStart",
                    "must be within the opportunity's start window " + opportunity.startFrom + " to "
                            + opportunity.startTo);
        }
        Volunteer volunteer = Volunteer.findById(application.volunteerId);
        DeploymentPlan plan = new DeploymentPlan(
                volunteer.id,
                opportunity.sendingOrganizationId == null
                        ? volunteer.homeOrganizationId
                        : opportunity.sendingOrganizationId,
                opportunity.hostOrganizationId,
                opportunity.country,
                opportunity.programme,
                opportunity.title,
                start,
                start.plusMonths(opportunity.durationMonthsMin),
                opportunity.sdgs.stream().sorted().toList());
        // Who may accept was decided by the application's rules; the plan's own rules (active host and volunteer, no
        // overlapping deployment) still apply.
        Deployment deployment = deployments.plan(AccessScope.EVERYTHING, plan);
        application.deploymentId = deployment.id;
        opportunity.positionsFilled++;
        opportunity.updatedAt = deployment.createdAt;
    }
}
