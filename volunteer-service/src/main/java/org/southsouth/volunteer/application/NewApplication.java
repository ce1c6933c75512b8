package org.southsouth.volunteer.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NewApplication",
        description = "A volunteer applying, or nominated by its home organization, for an opportunity")
public record NewApplication(
        @NotNull @Schema(required = true) UUID opportunityId,

        @Schema(
                description = "Required, except from a volunteer client, who applies for itself (by default and only)",
                required = true)
        UUID volunteerId,

        @NotBlank
        @Size(max = 4000)
        @Schema(example = "Five years as a community nurse; I speak Nepali.", required = true)
        String motivation,

        @Schema(description = "First day the volunteer can start", example = "2027-03-01")
        LocalDate availableFrom,

        @Schema(description = "Last day the volunteer can serve", example = "2028-02-28")
        LocalDate availableTo) {

    public NewApplication forVolunteer(UUID volunteer) {
        return new NewApplication(opportunityId, volunteer, motivation, availableFrom, availableTo);
    }
}
