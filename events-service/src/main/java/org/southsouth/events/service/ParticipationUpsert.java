package org.southsouth.events.service;

import java.time.Instant;
import java.util.UUID;

import org.southsouth.events.domain.ParticipationStatus;

/**
 * One participation of a batch: the caller's {@code externalId} or the platform's {@code id} name it when it
 * exists; {@code status} is the status it reached (REGISTERED when absent) and {@code at} when that step happened.
 */
public record ParticipationUpsert(String externalId, UUID id, UUID eventId, Participant participant,
                                  ParticipationStatus status, Instant at) {

    /** The status the item asks for, when it is a step after registration (attendance or cancellation). */
    boolean movesOn() {
        return status != null && status != ParticipationStatus.REGISTERED && status != ParticipationStatus.WAITLISTED;
    }
}
