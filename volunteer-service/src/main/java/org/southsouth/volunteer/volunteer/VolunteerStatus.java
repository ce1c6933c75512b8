package org.southsouth.volunteer.volunteer;

/** ACTIVE volunteers can be matched and deployed; ERASED ones only count in figures. */
public enum VolunteerStatus {
    ACTIVE,
    INACTIVE,
    ERASED
}
