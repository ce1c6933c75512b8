package org.southsouth.volunteer.domain;

/** ACTIVE volunteers can be matched and deployed; ERASED ones only count in figures. */
public enum VolunteerStatus {
    ACTIVE,
    INACTIVE,
    ERASED
}
