package org.southsouth.volunteer.opportunity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.volunteer.SkillLevel;

@Schema(name = "SkillNeed", description = "A skill an opportunity asks for, required or desired")
public record SkillNeed(
        @NotBlank
        @Schema(description = "A code from /api/v1/volunteers/skills", example = "community-health", required = true)
        String code,

        @NotNull @Schema(example = "ADVANCED", required = true)
        SkillLevel level,

        @Schema(description = "Required (true) or desired (false, the default)")
        boolean required) {}
