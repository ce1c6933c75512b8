package org.southsouth.volunteer.deployment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeploymentStatusChange", description = "Moves a deployment along its lifecycle")
public record DeploymentStatusChange(
        @NotNull @Schema(example = "ACTIVE", required = true)
        DeploymentStatus status,

        @Schema(
                description =
                        "EXTENDED only: the new planned end, later than the current one and at most 24 months after the start",
                example = "2027-12-15")
        LocalDate plannedEnd,

        @Schema(description = "ENDED_EARLY only: the last day served, before the planned end", example = "2027-06-30")
        LocalDate endedOn,

        @Schema(
                description =
                        "The day the step happened: arrival for ACTIVE, return for COMPLETED (today when absent), the "
                                + "last day served for ENDED_EARLY (instead of endedOn); not given for other moves",
                example = "2027-01-16")
        LocalDate on) {

    /** The last day served of an early end, named either way. */
    public LocalDate lastDayServed() {
        return endedOn != null ? endedOn : on;
    }
}
