package org.southsouth.volunteer.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApplicationStatusChange", description = "Moves an application along its lifecycle")
public record ApplicationStatusChange(
        @NotNull @Schema(example = "SHORTLISTED", required = true)
        ApplicationStatus status,

        @Size(max = 1000) @Schema(description = "Why, kept in the status history", example = "Profile matches the need")
        String reason,

        @Schema(
                description =
                        "ACCEPTED only: the planned start of the deployment, within the opportunity's start window "
                                + "(default: its startFrom)",
                example = "2027-03-15")
        LocalDate plannedStart) {}
