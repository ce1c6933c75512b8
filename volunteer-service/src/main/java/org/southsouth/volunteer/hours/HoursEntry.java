package org.southsouth.volunteer.hours;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.Sdgs;

@Schema(name = "NewServiceHours", description = "Hours a volunteer served on one day")
public record HoursEntry(
        @NotNull @Schema(required = true) UUID volunteerId,

        @NotNull
        @PastOrPresent
        @Schema(description = "The day served; not in the future", example = "2026-03-14", required = true)
        LocalDate date,

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("24")
        @Digits(integer = 2, fraction = 2)
        @Schema(description = "More than 0, at most 24, in steps of 0.01", example = "6.5", required = true)
        BigDecimal hours,

        @NotBlank @Size(max = 500) @Schema(example = "Health screening at the community centre", required = true)
        String activity,

        @Schema(description = "A knowledge-exchange event of events-service, if the hours were served there")
        UUID eventId,

        @Schema(description = "One of the volunteer's deployments, if the hours were served there")
        UUID deploymentId,

        @Size(max = Sdgs.GOALS) @Schema(example = "[3]") List<@NotNull @Min(1) @Max(Sdgs.GOALS) Integer> sdgs) {

    public HoursEntry {
        sdgs = sdgs == null ? List.of() : sdgs;
    }
}
