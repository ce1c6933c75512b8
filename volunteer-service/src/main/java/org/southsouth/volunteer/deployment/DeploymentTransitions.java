package org.southsouth.volunteer.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.StateConflict;

/** Which lifecycle moves are allowed, what each needs and the day each happened. */
@ApplicationScoped
public class DeploymentTransitions {

    private static final Set<DeploymentStatus> DATED =
            EnumSet.of(DeploymentStatus.ACTIVE, DeploymentStatus.COMPLETED, DeploymentStatus.ENDED_EARLY);

    @Inject
    DeploymentRules rules;

    /** Whether the move is the one the deployment last made, repeated (a retry): it changes nothing. */
    public boolean alreadyMade(Deployment deployment, DeploymentStatusChange change) {
        if (deployment.status != change.status()) {
            return false;
        }
        return switch (change.status()) {
            case EXTENDED -> deployment.plannedEnd.equals(change.plannedEnd());
            case ENDED_EARLY -> deployment.endedOn.equals(change.lastDayServed());
            case ACTIVE -> sameDayOrNone(change, deployment.arrivedOn);
            case COMPLETED -> sameDayOrNone(change, deployment.completedOn);
            default -> change.plannedEnd() == null && change.endedOn() == null && change.on() == null;
        };
    }

    public void apply(Deployment deployment, DeploymentStatusChange change) {
        DeploymentStatus next = change.status();
        if (!deployment.status.canBecome(next)) {
            throw new StateConflict("A " + deployment.status + " deployment cannot become " + next
                    + (deployment.status.next().isEmpty()
                            ? "; it is final"
                            : "; it can become " + deployment.status.next()));
        }
        if (next != DeploymentStatus.EXTENDED && change.plannedEnd() != null) {
            throw new InvalidInput("plannedEnd", "is only given to extend a deployment");
        }
        if (next != DeploymentStatus.ENDED_EARLY && change.endedOn() != null) {
            throw new InvalidInput("endedOn", "is only given when a deployment ends early");
        }
        if (change.on() != null && !DATED.contains(next)) {
            throw new InvalidInput("on", "is only given for " + DATED);
        }
        switch (next) {
            case ACTIVE -> {
                rules.requireActiveHost(deployment.hostOrganizationId);
                deployment.arrivedOn = dayOf(change);
            }
            case COMPLETED -> deployment.completedOn = dayOf(change);
            case EXTENDED -> extend(deployment, change);
            case ENDED_EARLY -> endEarly(deployment, change);
            default -> {}
        }
        deployment.status = next;
        if (next == DeploymentStatus.CANCELLED) {
            deployment.needsReview = false;
        }
    }

    private static void extend(Deployment deployment, DeploymentStatusChange change) {
        if (change.plannedEnd() == null) {
            throw new InvalidInput("plannedEnd", "is required to extend a deployment");
        }
        if (!change.plannedEnd().isAfter(deployment.plannedEnd)) {
            throw new InvalidInput("plannedEnd", "must be after the current planned end " + deployment.plannedEnd);
        }
        DeploymentPeriod.problemWith(deployment.plannedStart, change.plannedEnd())
                .ifPresent(problem -> {
                    throw new InvalidInput("plannedEnd", problem);
                });
        deployment.plannedEnd = change.plannedEnd();
    }

    private static void endEarly(Deployment deployment, DeploymentStatusChange change) {
        LocalDate lastDay = change.lastDayServed();
        if (lastDay == null) {
            throw new InvalidInput("endedOn", "is required when a deployment ends early");
        }
        if (change.endedOn() != null && change.on() != null && !change.on().equals(change.endedOn())) {
            throw new InvalidInput("on", "names another day than endedOn; give one of them");
        }
        if (lastDay.isBefore(deployment.plannedStart) || !lastDay.isBefore(deployment.plannedEnd)) {
            throw new InvalidInput("endedOn", "must be on or after plannedStart and before plannedEnd");
        }
        deployment.endedOn = lastDay;
    }

    private static LocalDate dayOf(DeploymentStatusChange change) {
        return change.on() != null ? change.on() : LocalDate.now(ZoneOffset.UTC);
    }

    private static boolean sameDayOrNone(DeploymentStatusChange change, LocalDate recorded) {
        return change.on() == null || change.on().equals(recorded);
    }
}
