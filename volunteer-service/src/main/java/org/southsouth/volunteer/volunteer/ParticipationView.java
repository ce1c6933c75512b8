package org.southsouth.volunteer.volunteer;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.messaging.Participation;

@Schema(
        name = "Participation",
        description = "A volunteer's place in a knowledge-exchange event, as events-service announced it")
public record ParticipationView(
        UUID id,
        UUID eventId,
        @Schema(nullable = true, example = "EXCHANGE_CAMP") String eventKind,
        @Schema(nullable = true, example = "TH") String eventCountry,
        @Schema(example = "VOLUNTEER") String role,

        @Schema(description = "REGISTERED, WAITLISTED, ATTENDED, NO_SHOW or CANCELLED", example = "ATTENDED")
        String status,

        Instant updatedAt) {

    static ParticipationView of(Participation p) {
        return new ParticipationView(p.id, p.eventId, p.eventKind, p.eventCountry, p.role, p.status, p.updatedAt);
    }
}
