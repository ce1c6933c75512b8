package org.southsouth.gateway.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FigureCatalogTest {

    /** {@code "month (YYYY-MM): serviceHours, serviceHoursLogged."} → month → [serviceHours, serviceHoursLogged]. */
    private static final Pattern DIMENSION = Pattern.compile("(\\w+)(?: \\([^)]*\\))?: ([^.]+)\\.");

    @Test
    void theDocumentedBreakdownsListExactlyTheSeriesTheCatalogOffers() {
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher matcher = DIMENSION.matcher(ImpactReport.BREAKDOWN_FIGURES);
        while (matcher.find()) {
            documented.put(
                    matcher.group(1), new TreeSet<>(Set.of(matcher.group(2).split(", "))));
        }
        Map<String, Set<String>> offered = FigureCatalog.SERIES.stream()
                .collect(Collectors.groupingBy(
                        s -> s.dimension().key(),
                        TreeMap::new,
                        Collectors.mapping(Series::figure, Collectors.toCollection(TreeSet::new))));
        assertEquals(offered, documented);
    }

    @Test
    void theDocumentedOpportunityFiguresAreTheOnesTheCatalogReads() {
        assertEquals(String.join(", ", OpportunityTotals.names()), ImpactReport.OPPORTUNITY_FIGURES);
    }
}
