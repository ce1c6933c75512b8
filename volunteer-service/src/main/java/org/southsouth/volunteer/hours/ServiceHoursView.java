package org.southsouth.volunteer.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceHours", description = "Hours a volunteer served on one day")
public record ServiceHoursView(
        UUID id,
        UUID volunteerId,

        @Schema(description = "The deployment's host, else the volunteer's home organization")
        UUID organizationId,

        @Schema(example = "2026-03-14") LocalDate date,
        @Schema(example = "6.5") BigDecimal hours,

        @Schema(example = "Health screening at the community centre")
        String activity,

        @Schema(nullable = true) UUID eventId,
        @Schema(nullable = true) UUID deploymentId,
        @Schema(example = "[3]") List<Integer> sdgs,
        boolean verified,
        @Schema(nullable = true) Instant verifiedAt,

        @Schema(nullable = true, example = "coordinator@bvf.example")
        String verifiedBy,

        Instant createdAt,
        Instant updatedAt) {

    public static ServiceHoursView of(ServiceHours h) {
        return new ServiceHoursView(
                h.id,
                h.volunteerId,
                h.organizationId,
                h.servedOn,
                h.hours,
                h.activity,
                h.eventId,
                h.deploymentId,
                h.sdgs.stream().sorted().toList(),
                h.verified,
                h.verifiedAt,
                h.verifiedBy,
                h.createdAt,
                h.updatedAt);
    }
}
