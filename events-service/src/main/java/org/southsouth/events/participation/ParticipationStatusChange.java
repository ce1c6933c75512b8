package org.southsouth.events.participation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ParticipationStatusChange",
        description = "CANCELLED (by the participant), or ATTENDED / NO_SHOW "
                + "(by organizers, once the event has started)")
public record ParticipationStatusChange(
        @NotNull @Schema(required = true, example = "ATTENDED")
        ParticipationStatus status,

        @PastOrPresent
        @Schema(
                description = "When the step happened (the cancellation, the attendance); now when absent",
                example = "2026-03-01T09:00:00Z")
        Instant at) {

    /** The step's time as the store keeps it (milliseconds), so a repeated step compares equal. */
    public Instant stepTime() {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }
}
