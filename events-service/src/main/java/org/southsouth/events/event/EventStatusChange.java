package org.southsouth.events.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EventStatusChange",
        description = "DRAFT → OPEN → CLOSED → COMPLETED (after the end); DRAFT, OPEN, CLOSED → CANCELLED")
public record EventStatusChange(
        @NotNull @Schema(required = true, example = "OPEN") EventStatus status,

        @PastOrPresent
        @Schema(description = "When the step happened; now when absent", example = "2026-03-01T09:00:00Z")
        Instant at) {

    /** The step's time as the store keeps it (milliseconds), so a repeated step compares equal. */
    public Instant stepTime() {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }
}
