package org.southsouth.volunteer.volunteer;

/** How well an opportunity needs a skill mastered; volunteers declare skills without a level, so it informs only. */
public enum SkillLevel {
    BASIC,
    INTERMEDIATE,
    ADVANCED,
    EXPERT
}
