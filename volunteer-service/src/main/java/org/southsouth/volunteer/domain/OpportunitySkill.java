package org.southsouth.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A skill an opportunity asks for: required, or desired when not. */
@Embeddable
public record OpportunitySkill(
        @Column(name = "skill_code", nullable = false) String code,

        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false)
        SkillLevel level,

        @Column(name = "required", nullable = false) boolean required) {}
