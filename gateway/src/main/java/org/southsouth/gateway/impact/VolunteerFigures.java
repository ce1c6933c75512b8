package org.southsouth.gateway.impact;

import java.math.BigDecimal;
import java.util.List;

/** What the impact report reads from volunteer-service's {@code GET /api/v1/volunteers/statistics}. */
record VolunteerFigures(
        Long engaged,
        Long deployed,
        BigDecimal verifiedHours,
        List<ByCountry> byCountry,
        List<ByRegion> byRegion,
        List<ByProgramme> byProgramme,
        List<BySdg> bySdg,
        List<ByYear> byYear,
        List<ByMonth> byMonth,
        Opportunities opportunities) {

    record ByCountry(String country, Long deployments, Long volunteers) {}

    record ByRegion(String region, Long deployments, Long volunteers) {}

    record ByProgramme(String programme, Long deployments, Long volunteers) {}

    record BySdg(Integer sdg, Long deployments, Long volunteers, BigDecimal hours, BigDecimal verifiedHours) {}

    record ByYear(Integer year, Long registered, Long deployed, BigDecimal hours, BigDecimal verifiedHours) {}

    record ByMonth(String month, Long registered, Long deployed, BigDecimal hours, BigDecimal verifiedHours) {}

    /** The published opportunities' tallies: over all of them, and broken down four ways. */
    record Opportunities(
            Tally total, List<Tally> byCountry, List<Tally> byRegion, List<Tally> bySdg, List<Tally> byProgramme) {}

    /** One opportunity tally; the ratios are null where there is nothing to compute them over. */
    record Tally(
            String key,
            Long opportunities,
            Long openOpportunities,
            Long positions,
            Long openPositions,
            Long positionsFilled,
            Long applications,
            BigDecimal fillRate,
            BigDecimal medianDaysToFill) {}
}
