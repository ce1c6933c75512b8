package org.southsouth.volunteer.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Skill", description = "An entry of the controlled list of skills")
public record SkillView(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, such as water-sanitation")
        @Size(max = 60)
        @Schema(example = "water-sanitation", required = true)
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Water, sanitation and hygiene", required = true)
        String label) {

    static SkillView of(Skill skill) {
        return new SkillView(skill.code, skill.label);
    }
}
