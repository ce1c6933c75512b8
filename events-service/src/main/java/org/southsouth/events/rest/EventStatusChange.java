package org.southsouth.events.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.events.domain.EventStatus;

@Schema(name = "EventStatusChange", description = "DRAFT → OPEN → CLOSED → COMPLETED (after the end); DRAFT, OPEN, CLOSED → CANCELLED")
public record EventStatusChange(@NotNull @Schema(required = true, example = "OPEN") EventStatus status) {
}
