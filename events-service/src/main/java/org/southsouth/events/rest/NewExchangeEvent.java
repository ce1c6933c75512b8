package org.southsouth.events.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.events.domain.EventKind;

@Schema(name = "NewEvent", description = "A knowledge-exchange event to draft")
public record NewExchangeEvent(
        @NotNull @Schema(required = true, example = "DELEGATION_VISIT") EventKind kind,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "South-South Volunteer Forum 2026") String title,
        @Schema(description = "Id of the hosting organization in partner-service") UUID hostOrganizationId,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        @Schema(required = true, example = "CN") String country,
        @NotNull @Schema(required = true, example = "2026-09-01T01:00:00Z") Instant startsAt,
        @NotNull @Schema(required = true, example = "2026-09-03T09:00:00Z") Instant endsAt,
        @Min(1) @Max(100_000) @Schema(example = "120") Integer capacity,
        @Size(max = 17) @Schema(example = "[4, 17]") List<@NotNull @Min(1) @Max(17) Integer> sdgs) {
}
