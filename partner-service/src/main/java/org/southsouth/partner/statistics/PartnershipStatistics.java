package org.southsouth.partner.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipStatistics", description = "Figures computed from the records at request time")
public record PartnershipStatistics(
        @Schema(example = "2016-01-01") LocalDate from,
        @Schema(example = "2024-12-31") LocalDate to,

        @Schema(description = "Partnerships whose term overlaps the period", example = "120")
        long partnerships,

        List<Count> byKind,
        List<Count> byStatus,

        @Schema(description = "Partnerships per SDG goal they target (one partnership counts under each of its goals)")
        List<Count> bySdg,

        @Schema(description = "Partnerships per country they work in")
        List<Count> byCountry) {}
