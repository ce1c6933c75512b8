package org.southsouth.volunteer.volunteer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.rest.validation.CountryCode;

/**
 * A volunteer's profile as the client writes it: the body of a registration, and the document a JSON Merge
 * Patch applies to. Missing lists mean empty lists.
 */
@Schema(name = "VolunteerProfile", description = "What a volunteer's profile holds")
public record VolunteerProfile(
        @NotBlank @Size(max = 200) @Schema(example = "Amina Njoroge", required = true)
        String name,

        @NotBlank
        @Email
        @Size(max = 254)
        @Schema(description = "Unique, whatever its case", example = "amina@example.org", required = true)
        String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "must be a phone number such as +254 700 000000")
        @Schema(example = "+254 700 000000")
        String phone,

        @NotNull @CountryCode @Schema(description = "ISO 3166-1 alpha-2", example = "KE", required = true)
        String nationality,

        @CountryCode @Schema(description = "ISO 3166-1 alpha-2", example = "KE")
        String residence,

        @Schema(
                description =
                        "An organization known from partner-service: the volunteer's nominating organization. Required, "
                                + "except from a partner, whose own organization it is by default and the only one it may give",
                required = true)
        UUID homeOrganizationId,

        @Size(max = 4000) @Schema(description = "Free text about the volunteer")
        String bio,

        @Schema(description = "ACTIVE (default) or INACTIVE; ERASED only through erasure", example = "ACTIVE")
        VolunteerStatus status,

        @Size(max = 20) List<@Valid @NotNull LanguageEntry> languages,

        @Size(max = 30)
        @Schema(description = "Codes from /api/v1/volunteers/skills", example = "[\"community-health\"]")
        List<@NotBlank String> skills,

        @Size(max = 20) List<@Valid @NotNull AvailabilityEntry> availability) {

    public VolunteerProfile {
        languages = languages == null ? List.of() : languages;
        skills = skills == null ? List.of() : skills;
        availability = availability == null ? List.of() : availability;
    }

    public VolunteerProfile withHomeOrganization(UUID organizationId) {
        return new VolunteerProfile(
                name,
                email,
                phone,
                nationality,
                residence,
                organizationId,
                bio,
                status,
                languages,
                skills,
                availability);
    }
}
