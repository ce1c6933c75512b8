package org.southsouth.events.participation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participation", description = "A participant's place in an event; the ETag header carries its version")
public record ParticipationView(
        UUID id,
        UUID eventId,
        @Schema(nullable = true) UUID volunteerId,
        @Schema(nullable = true) UUID organizationId,

        @Schema(nullable = true, description = "Absent once an erased volunteer's data is removed")
        String name,

        ParticipantRole role,
        ParticipationStatus status,

        @Schema(
                description =
                        "When the participation reached its status (the step's date as given, else when it was made)")
        Instant statusChangedAt,

        @Schema(nullable = true, description = "Members registered together share it")
        UUID groupId,

        @Schema(description = "True when the volunteer's personal data was erased")
        boolean erased,

        Instant registeredAt,
        long version,
        Instant updatedAt) {

    public static ParticipationView of(Participation p) {
        return new ParticipationView(
                p.id(),
                p.eventId(),
                p.volunteerId(),
                p.organizationId(),
                p.name(),
                p.role(),
                p.status(),
                p.statusChangedAt(),
                p.groupId(),
                p.erased(),
                p.registeredAt(),
                p.version(),
                p.updatedAt());
    }
}
