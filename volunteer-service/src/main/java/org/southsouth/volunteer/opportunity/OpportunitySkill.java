package org.southsouth.volunteer.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.southsouth.volunteer.volunteer.SkillLevel;

/** A skill an opportunity asks for: required, or desired when not. */
@Embeddable
public record OpportunitySkill(
        @Column(name = "skill_code", nullable = false) String code,

        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false)
        SkillLevel level,

        @Column(name = "required", nullable = false) boolean required) {}
