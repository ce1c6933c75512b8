package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
     * One opportunity figure: its name in breakdowns and CSV, the field of volunteer-service's OpportunityTally it is
     * read from, and whether it is a ratio (null over nothing) rather than a count.
     */
    record Figure(String name, String field, boolean ratio, Function<OpportunityTotals, Object> value) {}

    static final List<Figure> FIGURES = List.of(
            new Figure("opportunitiesPublished", "opportunities", false, OpportunityTotals::published),
            new Figure("opportunitiesOpen", "openOpportunities", false, OpportunityTotals::open),
            new Figure("opportunityPositions", "positions", false, OpportunityTotals::positions),
            new Figure("opportunityPositionsOpen", "openPositions", false, OpportunityTotals::openPositions),
            new Figure("opportunityPositionsFilled", "positionsFilled", false, OpportunityTotals::positionsFilled),
            new Figure("opportunityApplications", "applications", false, OpportunityTotals::applications),
            new Figure("opportunityFillRate", "fillRate", true, OpportunityTotals::fillRate),
            new Figure("opportunityMedianDaysToFill", "medianDaysToFill", true, OpportunityTotals::medianDaysToFill));

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
     * counts are not all numbers: a figure read as 0 from a field that is not there would be wrong.
     */
    static OpportunityTotals of(JsonNode statistics) {
        JsonNode total = statistics.path("opportunities").path("total");
        if (!total.isObject() || FIGURES.stream().anyMatch(f -> !readable(total.get(f.field()), f.ratio()))) {
            return null;
        }
        return new OpportunityTotals(
                total.get("opportunities").asLong(),
                total.get("openOpportunities").asLong(),
                total.get("positions").asLong(),
                total.get("openPositions").asLong(),
                total.get("positionsFilled").asLong(),
                total.get("applications").asLong(),
                ratio(total.get("fillRate")),
                ratio(total.get("medianDaysToFill")));
    }

    /** The figures under their names in breakdowns and CSV, in {@link #FIGURES} order; null ratios stay null. */
    Map<String, Object> byFigure() {
        Map<String, Object> values = new LinkedHashMap<>();
        FIGURES.forEach(figure -> values.put(figure.name(), figure.value().apply(this)));
        return values;
    }

    private static boolean readable(JsonNode value, boolean ratio) {
        return value != null && (value.isIntegralNumber() || (ratio && (value.isNumber() || value.isNull())));
    }

    private static Double ratio(JsonNode node) {
        return node.isNull() ? null : node.asDouble();
    }
}
