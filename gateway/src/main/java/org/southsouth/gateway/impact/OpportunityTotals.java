package org.southsouth.gateway.impact;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.gateway.impact.VolunteerFigures.Tally;

@Schema(
        name = "OpportunityTotals",
        description = "Published volunteer opportunities (volunteer-service): those OPEN "
                + "at some point, whatever their status now; drafts never count. Filters select the opportunities: period by "
                + "the UTC day they were published (first OPEN step), sdg among their SDGs, country where the assignment is, "
                + "region that country's UNDP region.")
public record OpportunityTotals(
        @Schema(description = "Published opportunities (OPEN, CLOSED, FILLED or CANCELLED now)", example = "40")
        long published,

        @Schema(description = "Of those, the ones OPEN now", example = "12")
        long open,

        @Schema(description = "Their positions, cancelled opportunities' included", example = "75")
        long positions,

        @Schema(description = "Positions not yet filled of OPEN opportunities", example = "20")
        long openPositions,

        @Schema(description = "Positions taken by accepted offers (each a planned deployment)", example = "45")
        long positionsFilled,

        @Schema(description = "Applications to them, in any status", example = "310")
        long applications,

        @Schema(nullable = true, description = "positionsFilled / positions; null without positions", example = "0.6")
        Double fillRate,

        @Schema(
                nullable = true,
                description = "Median, over the opportunities that became FILLED, of the days from "
                        + "publishing to FILLED (with fractions); null when none is filled",
                example = "42.5")
        Double medianDaysToFill) {

    /**
     * One opportunity figure: its name in breakdowns and CSV, where volunteer-service's tally holds it, and whether it
     * is a ratio (null over nothing) rather than a count.
     */
    record Figure(
            String name, Function<Tally, Object> tally, boolean ratio, Function<OpportunityTotals, Object> value) {}

    static final List<Figure> FIGURES = List.of(
            new Figure("opportunitiesPublished", Tally::opportunities, false, OpportunityTotals::published),
            new Figure("opportunitiesOpen", Tally::openOpportunities, false, OpportunityTotals::open),
            new Figure("opportunityPositions", Tally::positions, false, OpportunityTotals::positions),
            new Figure("opportunityPositionsOpen", Tally::openPositions, false, OpportunityTotals::openPositions),
            new Figure("opportunityPositionsFilled", Tally::positionsFilled, false, OpportunityTotals::positionsFilled),
            new Figure("opportunityApplications", Tally::applications, false, OpportunityTotals::applications),
            new Figure("opportunityFillRate", Tally::fillRate, true, OpportunityTotals::fillRate),
            new Figure(
                    "opportunityMedianDaysToFill", Tally::medianDaysToFill, true, OpportunityTotals::medianDaysToFill));

    /** The figures' names, in order. */
    static List<String> names() {
        return FIGURES.stream().map(Figure::name).toList();
    }

    /** Whether a figure is a ratio, which has no value (null) where there is nothing to compute it over. */
    static boolean isRatio(String figure) {
        return FIGURES.stream().anyMatch(f -> f.ratio() && f.name().equals(figure));
    }

    /**
     * volunteer-service's {@code opportunities.total}; null (not provided) when the service gives none, or one whose
     * counts are not all there: a figure read as 0 from a field that is not there would be wrong.
     */
    static OpportunityTotals of(VolunteerFigures statistics) {
        Tally total = statistics.opportunities() == null
                ? null
                : statistics.opportunities().total();
        if (total == null
                || FIGURES.stream().anyMatch(f -> !f.ratio() && f.tally().apply(total) == null)) {
            return null;
        }
        return new OpportunityTotals(
                total.opportunities(),
                total.openOpportunities(),
                total.positions(),
                total.openPositions(),
                total.positionsFilled(),
                total.applications(),
                ratio(total.fillRate()),
                ratio(total.medianDaysToFill()));
    }

    /** The figures under their names in breakdowns and CSV, in {@link #FIGURES} order; null ratios stay null. */
    Map<String, Object> byFigure() {
        Map<String, Object> values = new LinkedHashMap<>();
        FIGURES.forEach(figure -> values.put(figure.name(), figure.value().apply(this)));
        return values;
    }

    private static Double ratio(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
