package org.southsouth.events.store;

import java.time.Instant;
import java.util.UUID;
import org.southsouth.events.domain.ParticipantRole;
import org.southsouth.events.domain.ParticipationStatus;

/** Filters of an event's participation list; null means "any". */
public record ParticipationCriteria(
        UUID eventId,
        ParticipationStatus status,
        ParticipantRole role,
        UUID organizationId,
        UUID volunteerId,
        UUID groupId,
        Instant updatedSince) {}
