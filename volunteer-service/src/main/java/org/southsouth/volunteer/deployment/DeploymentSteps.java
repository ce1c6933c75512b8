package org.southsouth.volunteer.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.southsouth.failure.InvalidInput;

/**
 * The status a batch item brings a deployment to and the days of its steps: the status moves the single calls make
 * to get there from PLANNED, in order (ACTIVE on arrivedOn, then COMPLETED on completedOn or ENDED_EARLY on endedOn).
 */
public record DeploymentSteps(DeploymentStatus status, LocalDate arrivedOn, LocalDate completedOn, LocalDate endedOn) {

    static final List<String> FIELDS = List.of("status", "arrivedOn", "completedOn", "endedOn");

    /** The moves from PLANNED to the item's status; refuses a day the way there does not pass. */
    public List<DeploymentStatusChange> moves() {
        DeploymentStatus target = status == null ? DeploymentStatus.PLANNED : status;
        if (target == DeploymentStatus.EXTENDED) {
            throw new InvalidInput(
                    "status",
                    "EXTENDED is reached by a status move with the new plannedEnd, "
                            + "not by a batch; give the plan's final plannedEnd instead");
        }
        List<DeploymentStatusChange> moves = new ArrayList<>();
        boolean arrives = target.served();
        requireOnlyWith(arrivedOn, "arrivedOn", arrives);
        requireOnlyWith(completedOn, "completedOn", target == DeploymentStatus.COMPLETED);
        requireOnlyWith(endedOn, "endedOn", target == DeploymentStatus.ENDED_EARLY);
        if (arrives) {
            moves.add(new DeploymentStatusChange(DeploymentStatus.ACTIVE, null, null, arrivedOn));
        }
        switch (target) {
            case COMPLETED -> moves.add(new DeploymentStatusChange(target, null, null, completedOn));
            case ENDED_EARLY -> moves.add(new DeploymentStatusChange(target, null, endedOn, null));
            case CANCELLED -> moves.add(new DeploymentStatusChange(target, null, null, null));
            default -> {}
        }
        return moves;
    }

    /**
     * The moves still to make from the deployment's current status: those after it on the way; the last one again
     * when the deployment is already there (a repeated move with the same day changes nothing, another day is a 409);
     * the final one alone when the current status is off the way (the single move answers why not).
     */
    public List<DeploymentStatusChange> movesFrom(DeploymentStatus current) {
        List<DeploymentStatusChange> moves = moves();
        if (current == DeploymentStatus.PLANNED) {
            return moves;
        }
        // An extended deployment has arrived like an active one.
        DeploymentStatus reached = current == DeploymentStatus.EXTENDED ? DeploymentStatus.ACTIVE : current;
        for (int i = 0; i < moves.size(); i++) {
            if (moves.get(i).status() == reached) {
                return i == moves.size() - 1 && reached == current
                        ? moves.subList(i, moves.size())
                        : moves.subList(i + 1, moves.size());
            }
        }
        return moves.isEmpty()
                ? List.of(new DeploymentStatusChange(DeploymentStatus.PLANNED, null, null, null))
                : moves.subList(moves.size() - 1, moves.size());
    }

    private static void requireOnlyWith(LocalDate day, String field, boolean allowed) {
        if (day != null && !allowed) {
            throw new InvalidInput(field, "does not belong to a deployment with this status");
        }
    }
}
