package org.southsouth.contracts.events;

import java.time.Instant;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/**
 * A participant's place in an event after a change, version 1. The participant is a volunteer
 * ({@code volunteerId}) or a delegate/expert of an organization ({@code organizationId}, with a name).
 *
 * @param role   DELEGATE, EXPERT, SPEAKER, VOLUNTEER or ORGANIZER
 * @param status REGISTERED, WAITLISTED, ATTENDED, NO_SHOW or CANCELLED
 */
public record ParticipationV1(
        UUID id,
        UUID eventId,
        String eventKind,
        @Nullable String eventCountry,
        @Nullable UUID volunteerId,
        @Nullable UUID organizationId,
        String role,
        String status,
        Instant updatedAt,
        // Absent only in events published before it was added.
        @Nullable Instant statusChangedAt) {}
