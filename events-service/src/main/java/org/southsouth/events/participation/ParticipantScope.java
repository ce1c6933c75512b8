package org.southsouth.events.participation;

import java.util.UUID;

/**
 * Whose participations of an event a caller may see: all, those of one organization (its delegates and experts and
 * its nominee volunteers), or those of one volunteer.
 */
public record ParticipantScope(UUID organizationId, UUID volunteerId) {

    public static final ParticipantScope ALL = new ParticipantScope(null, null);

    public static ParticipantScope ofOrganization(UUID organizationId) {
        return new ParticipantScope(organizationId, null);
    }

    public static ParticipantScope ofVolunteer(UUID volunteerId) {
        return new ParticipantScope(null, volunteerId);
    }

    public boolean includes(Participation participation) {
        return (organizationId == null || organizationId.equals(participation.organizationId()))
                && (volunteerId == null || volunteerId.equals(participation.volunteerId()));
    }
}
