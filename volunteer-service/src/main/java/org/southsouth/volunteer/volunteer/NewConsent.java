package org.southsouth.volunteer.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewConsent", description = "Consent the volunteer gives now")
public record NewConsent(
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z_]{1,59}", message = "must be an upper-case code such as MATCHING")
        @Schema(
                description = "What the data may be used for, e.g. PROFILE, MATCHING, SHARING_WITH_HOST, PUBLICITY",
                example = "MATCHING",
                required = true)
        String purpose,

        @NotBlank
        @Size(max = 40)
        @Schema(description = "Version of the privacy policy consented to", example = "2026-01", required = true)
        String policyVersion) {}
