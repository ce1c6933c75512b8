package org.southsouth.events.participation;

import java.time.Instant;
import java.util.UUID;

/** Filters of an event's participation list; null means "any". */
public record ParticipationFilter(
        UUID eventId,
        ParticipationStatus status,
        ParticipantRole role,
        UUID organizationId,
        UUID volunteerId,
        UUID groupId,
        Instant updatedSince) {}
