package org.southsouth.volunteer.volunteer;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AvailabilityWindow", description = "Dates, both included, in which the volunteer can serve")
public record AvailabilityEntry(
        @NotNull @Schema(example = "2026-09-01", required = true)
        LocalDate from,

        @NotNull @Schema(example = "2027-08-31", required = true)
        LocalDate to) {}
