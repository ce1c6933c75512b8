package org.southsouth.events.participation;

/** The part a participant plays in an event. */
public enum ParticipantRole {
    DELEGATE,
    EXPERT,
    SPEAKER,
    VOLUNTEER,
    ORGANIZER
}
