package org.southsouth.volunteer.deployment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Deployment", description = "A volunteer serving abroad with a host organization")
public record DeploymentView(
        UUID id,
        UUID volunteerId,
        UUID sendingOrganizationId,
        UUID hostOrganizationId,
        @Schema(example = "NP") String country,
        Programme programme,
        @Schema(example = "Community health advisor") String role,
        @Schema(example = "2027-01-15") LocalDate plannedStart,
        @Schema(example = "2027-10-15") LocalDate plannedEnd,

        @Schema(nullable = true, description = "Last day served when the deployment ended early")
        LocalDate endedOn,

        @Schema(
                nullable = true,
                description = "The day the volunteer arrived (the move to ACTIVE)",
                example = "2027-01-16")
        LocalDate arrivedOn,

        @Schema(nullable = true, description = "The day the deployment was completed", example = "2027-10-15")
        LocalDate completedOn,

        DeploymentStatus status,

        @Schema(description = "A coordinator must look at this deployment, see reviewReason")
        boolean needsReview,

        @Schema(nullable = true, example = "Host organization Nepal Youth Volunteers became INACTIVE")
        String reviewReason,

        @Schema(example = "[3, 17]") List<Integer> sdgs,
        Instant createdAt,
        Instant updatedAt) {

    public static DeploymentView of(Deployment d) {
        return new DeploymentView(
                d.id,
                d.volunteerId,
                d.sendingOrganizationId,
                d.hostOrganizationId,
                d.country,
                d.programme,
                d.role,
                d.plannedStart,
                d.plannedEnd,
                d.endedOn,
                d.arrivedOn,
                d.completedOn,
                d.status,
                d.needsReview,
                d.reviewReason,
                d.sdgs.stream().sorted().toList(),
                d.createdAt,
                d.updatedAt);
    }
}
