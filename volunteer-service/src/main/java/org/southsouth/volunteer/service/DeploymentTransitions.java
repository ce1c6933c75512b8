package org.southsouth.volunteer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.rest.ApiProblem;
import org.southsouth.volunteer.domain.Deployment;
import org.southsouth.volunteer.domain.DeploymentPeriod;
import org.southsouth.volunteer.domain.DeploymentStatus;

/** Which lifecycle moves are allowed and what each needs. */
@ApplicationScoped
public class DeploymentTransitions {

    @Inject
    DeploymentRules rules;

    /** Whether the move is the one the deployment last made, repeated (a retry): it changes nothing. */
    public boolean alreadyMade(Deployment deployment, StatusChange change) {
        if (deployment.status != change.status()) {
            return false;
        }
        return switch (change.status()) {
            case EXTENDED -> deployment.plannedEnd.equals(change.plannedEnd());
            case ENDED_EARLY -> deployment.endedOn.equals(change.endedOn());
            default -> change.plannedEnd() == null && change.endedOn() == null;
        };
    }

    public void apply(Deployment deployment, StatusChange change) {
        DeploymentStatus next = change.status();
        if (!deployment.status.canBecome(next)) {
            throw ApiProblem.conflict("A " + deployment.status + " deployment cannot become " + next
                    + (deployment.status.next().isEmpty() ? "; it is final" : "; it can become " + deployment.status.next()));
        }
        if (next != DeploymentStatus.EXTENDED && change.plannedEnd() != null) {
            throw ApiProblem.invalidField("plannedEnd", "is only given to extend a deployment");
        }
        if (next != DeploymentStatus.ENDED_EARLY && change.endedOn() != null) {
            throw ApiProblem.invalidField("endedOn", "is only given when a deployment ends early");
        }
        switch (next) {
            case ACTIVE -> rules.requireActiveHost(deployment.hostOrganizationId);
            case EXTENDED -> extend(deployment, change);
            case ENDED_EARLY -> endEarly(deployment, change);
            default -> { }
        }
        deployment.status = next;
        if (next == DeploymentStatus.CANCELLED) {
            deployment.needsReview = false;
        }
    }

    private static void extend(Deployment deployment, StatusChange change) {
        if (change.plannedEnd() == null) {
            throw ApiProblem.invalidField("plannedEnd", "is required to extend a deployment");
        }
        if (!change.plannedEnd().isAfter(deployment.plannedEnd)) {
            throw ApiProblem.invalidField("plannedEnd", "must be after the current planned end " + deployment.plannedEnd);
        }
        DeploymentPeriod.problemWith(deployment.plannedStart, change.plannedEnd())
                .ifPresent(problem -> { throw ApiProblem.invalidField("plannedEnd", problem); });
        deployment.plannedEnd = change.plannedEnd();
    }

    private static void endEarly(Deployment deployment, StatusChange change) {
        if (change.endedOn() == null) {
            throw ApiProblem.invalidField("endedOn", "is required when a deployment ends early");
        }
        if (change.endedOn().isBefore(deployment.plannedStart) || !change.endedOn().isBefore(deployment.plannedEnd)) {
            throw ApiProblem.invalidField("endedOn", "must be on or after plannedStart and before plannedEnd");
        }
        deployment.endedOn = change.endedOn();
    }
}
