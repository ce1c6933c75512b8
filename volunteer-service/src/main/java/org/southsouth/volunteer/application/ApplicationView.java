package org.southsouth.volunteer.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.opportunity.StatusStepView;

@Schema(name = "Application", description = "A volunteer's application to an opportunity")
public record ApplicationView(
        UUID id,
        UUID opportunityId,
        UUID volunteerId,

        @Schema(
                nullable = true,
                description = "The partner that nominated the volunteer; null when the volunteer applied itself")
        UUID nominatedByOrganizationId,

        @Schema(example = "Five years as a community nurse; I speak Nepali.")
        String motivation,

        @Schema(nullable = true, example = "2027-03-01") LocalDate availableFrom,
        @Schema(nullable = true, example = "2028-02-28") LocalDate availableTo,
        ApplicationStatus status,

        @Schema(description = "Every status taken, oldest first, with who took it")
        List<StatusStepView> statusHistory,

        @Schema(nullable = true, description = "The PLANNED deployment the accepted offer became")
        UUID deploymentId,

        Instant createdAt,
        Instant updatedAt) {

    public static ApplicationView of(Application a) {
        return new ApplicationView(
                a.id,
                a.opportunityId,
                a.volunteerId,
                a.nominatedByOrganizationId,
                a.motivation,
                a.availableFrom,
                a.availableTo,
                a.status,
                a.statusHistory.stream().map(StatusStepView::of).toList(),
                a.deploymentId,
                a.createdAt,
                a.updatedAt);
    }
}
