package org.southsouth.events.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.events.domain.ParticipationStatus;

@Schema(name = "ParticipationStatusChange", description = "CANCELLED (by the participant), or ATTENDED / NO_SHOW "
        + "(by organizers, once the event has started)")
public record ParticipationStatusChange(@NotNull @Schema(required = true, example = "ATTENDED") ParticipationStatus status) {
}
