package org.southsouth.events.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * One participation of a batch: the caller's {@code externalId} or the platform's {@code id} name it when it
 * exists; its event is {@code eventId} or the caller's {@code eventExternalId}; {@code status} is the status it
 * reached (REGISTERED when absent) and {@code at} when that step happened.
 */
public record ParticipationUpsert(
        String externalId,
        UUID id,
        UUID eventId,
        String eventExternalId,
        Participant participant,
        ParticipationStatus status,
        Instant at) {

    /** This item of the event {@code eventId} (its event named by the platform's id). */
    ParticipationUpsert ofEvent(UUID event) {
        return new ParticipationUpsert(externalId, id, event, null, participant, status, at);
    }

    /** The status the item asks for, when it is a step after registration (attendance or cancellation). */
    boolean movesOn() {
        return status != null && status != ParticipationStatus.REGISTERED && status != ParticipationStatus.WAITLISTED;
    }
}
