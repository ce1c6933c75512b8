package org.southsouth.volunteer.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.Sdgs;
import org.southsouth.volunteer.rest.validation.CountryCode;

/** A deployment as planned: the body of a new deployment, and the document a merge patch applies to. */
@Schema(name = "DeploymentPlan", description = "Who goes where, for which programme and role, and when")
public record DeploymentPlan(
        @NotNull @Schema(required = true) UUID volunteerId,

        @NotNull
        @Schema(description = "Organization sending the volunteer, known from partner-service", required = true)
        UUID sendingOrganizationId,

        @NotNull @Schema(description = "Organization hosting the volunteer; must be ACTIVE", required = true)
        UUID hostOrganizationId,

        @NotNull
        @CountryCode
        @Schema(description = "ISO 3166-1 alpha-2 country of service", example = "NP", required = true)
        String country,

        @NotNull @Schema(example = "NATIONAL_FOREIGN_AID", required = true)
        Programme programme,

        @NotBlank @Size(max = 200) @Schema(example = "Community health advisor", required = true)
        String role,

        @NotNull @Schema(example = "2027-01-15", required = true)
        LocalDate plannedStart,

        @NotNull
        @Schema(description = "After plannedStart, 1 to 24 months later", example = "2027-10-15", required = true)
        LocalDate plannedEnd,

        @Size(max = Sdgs.GOALS) @Schema(description = "SDG goal numbers", example = "[3, 17]")
        List<@NotNull @Min(1) @Max(Sdgs.GOALS) Integer> sdgs) {

    public DeploymentPlan {
        sdgs = sdgs == null ? List.of() : sdgs;
    }
}
