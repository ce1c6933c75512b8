package org.southsouth.volunteer.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
import org.southsouth.volunteer.application.PendingApplications;
import org.southsouth.volunteer.deployment.DeploymentRules;

/** Which lifecycle moves of an opportunity are allowed, what each needs and what follows from it. */
@ApplicationScoped
public class OpportunityTransitions {

    @Inject
    DeploymentRules deploymentRules;

    @Inject
    PendingApplications pendingApplications;

    public void apply(Opportunity opportunity, OpportunityStatusChange change, String by) {
        OpportunityStatus next = change.status();
        if (!opportunity.status.canBecome(next)) {
            throw new StateConflict("A " + opportunity.status + " opportunity cannot become " + next
                    + (opportunity.status.next().isEmpty()
                            ? "; it is final"
                            : "; it can become " + opportunity.status.next()));
        }
        if (next == OpportunityStatus.OPEN) {
            deploymentRules.requireActiveHost(opportunity.hostOrganizationId);
            if (opportunity.applicationDeadline.isBefore(LocalDate.now(ZoneOffset.UTC))) {
                throw new RuleRefused(
                        "deadline-passed",
                        "The application deadline " + opportunity.applicationDeadline
                                + " has passed; change it before publishing");
            }
        }
        if (next == OpportunityStatus.FILLED && opportunity.positionsFilled == 0) {
            throw new StateConflict("No position is filled yet; an opportunity nobody was selected for is CANCELLED");
        }
        opportunity.moveTo(next, by, change.reason());
        if (next == OpportunityStatus.FILLED || next == OpportunityStatus.CANCELLED) {
            pendingApplications.reject(
                    opportunity, change.reason() != null ? change.reason() : "The opportunity was " + next);
        }
    }

    /** The last position was taken by an accepted offer: the service closes selection itself. */
    public void fillIfFull(Opportunity opportunity) {
        if (!opportunity.positionsLeft()) {
            String reason = "All " + opportunity.positions + " positions are filled";
            opportunity.moveTo(OpportunityStatus.FILLED, StatusStep.BY_SERVICE, reason);
            pendingApplications.reject(opportunity, reason);
        }
    }
}
