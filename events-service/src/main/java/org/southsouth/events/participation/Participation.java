package org.southsouth.events.participation;

import java.time.Instant;
import java.util.UUID;
import org.southsouth.events.event.EventKind;

/**
 * A participant's place in an event: a volunteer ({@code volunteerId}) or a delegate/expert of an organization
 * ({@code organizationId} and {@code name}). {@code groupId} ties the members of a delegation registered together.
 * After the volunteer's erasure, {@code volunteerId} and {@code name} are gone and {@code erased} is true.
 */
public record Participation(
        UUID id,
        UUID eventId,
        EventKind eventKind,
        String eventCountry,
        UUID volunteerId,
        UUID organizationId,
        String name,
        ParticipantRole role,
        ParticipationStatus status,
        UUID groupId,
        boolean erased,
        Instant registeredAt,
        long version,
        Instant updatedAt,
        Instant statusChangedAt) {

    /** This participation in {@code next} status since {@code at}, changed {@code now}, one version later. */
    public Participation withStatus(ParticipationStatus next, Instant at, Instant now) {
        return new Participation(
                id,
                eventId,
                eventKind,
                eventCountry,
                volunteerId,
                organizationId,
                name,
                role,
                next,
                groupId,
                erased,
                registeredAt,
                version + 1,
                now,
                at);
    }
}
