package org.southsouth.volunteer.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Figures of published opportunities (those that were OPEN at some point, whatever their status now), computed from
 * the records in one query: opportunities and positions, what is open, what is filled, applications, the fill rate
 * and the median days from publishing to FILLED, overall and by country, UNDP region, SDG and programme. An
 * opportunity with several SDGs counts towards each. Both statistics endpoints read them here.
 */
@ApplicationScoped
public class OpportunityFigures {

    @Schema(
            name = "OpportunityTally",
            description = "Figures of published opportunities (OPEN at some point); the key names "
                    + "the group in a breakdown")
    public record Tally(
            @Schema(
                    nullable = true,
                    description = "Country, region, SDG or programme; null in the headline",
                    example = "NP")
            String key,

            @Schema(
                    description =
                            "Published opportunities, whatever their status now (OPEN, CLOSED, FILLED or CANCELLED)")
            long opportunities,

            @Schema(description = "Of those, the ones OPEN now")
            long openOpportunities,

            @Schema(description = "Positions of the published opportunities, cancelled ones included")
            long positions,

            @Schema(description = "Positions taken by accepted offers")
            long positionsFilled,

            @Schema(description = "Positions not yet filled of OPEN opportunities")
            long openPositions,

            @Schema(description = "Applications to the published opportunities, in any status")
            long applications,

            @Schema(
                    nullable = true,
                    description = "positionsFilled / positions: the share of the positions published that were "
                            + "filled; null without positions",
                    example = "0.5")
            Double fillRate,

            @Schema(
                    nullable = true,
                    description =
                            "Median, over the opportunities that became FILLED, of the days from their "
                                    + "publishing (first OPEN step) to FILLED, with fractions of a day; null when none is filled",
                    example = "42.5")
            Double medianDaysToFill) {}

    @Schema(name = "OpportunityFigures", description = "Figures of published opportunities, overall and broken down")
    public record Figures(
            Tally total, List<Tally> byCountry, List<Tally> byRegion, List<Tally> bySdg, List<Tally> byProgramme) {}

    private static final String TALLY =
            "count(*), count(*) FILTER (WHERE status = 'OPEN'), coalesce(sum(positions), 0),"
                    + " coalesce(sum(positions_filled), 0), coalesce(sum(positions - positions_filled) FILTER (WHERE status = 'OPEN'), 0),"
                    + " coalesce(sum(applications), 0),"
                    + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM filled_at - published_at) / 86400)"
                    + " FILTER (WHERE status = 'FILLED')";

    @Inject
    EntityManager entityManager;

    /** The headline and every breakdown from one statement: grouping sets for the columns, a join for the SDGs. */
    @SuppressWarnings("unchecked")
    public Figures of(OpportunityFiguresFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "WITH o AS (SELECT o.id, o.country::text AS country, r.region, o.programme, o.status, o.positions,"
                + " o.positions_filled, o.published_at, o.filled_at"
                + " FROM opportunity o LEFT JOIN undp_region_country r ON r.country = o.country"
                + " WHERE o.published_at IS NOT NULL" + conditions(filter, parameters) + "),"
                + " a AS (SELECT a.opportunity_id, count(*) AS applications FROM application a JOIN o ON o.id = a.opportunity_id"
                + " GROUP BY a.opportunity_id),"
                + " t AS (SELECT o.*, coalesce(a.applications, 0) AS applications FROM o LEFT JOIN a ON a.opportunity_id = o.id)"
                + " SELECT CASE WHEN grouping(country) = 0 THEN 'country' WHEN grouping(region) = 0 THEN 'region'"
                + " WHEN grouping(programme) = 0 THEN 'programme' ELSE 'total' END, coalesce(country, region, programme),"
                + " NULL::integer, " + TALLY + " FROM t GROUP BY GROUPING SETS ((), (country), (region), (programme))"
                + " UNION ALL SELECT 'sdg', g.sdg::text, g.sdg::integer, " + TALLY
                + " FROM t JOIN opportunity_sdg g ON g.opportunity_id = t.id GROUP BY g.sdg"
                + " ORDER BY 1, 3, 2";
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        Map<String, List<Tally>> by = new LinkedHashMap<>();
        for (String dimension : List.of("total", "country", "region", "sdg", "programme")) {
            by.put(dimension, new ArrayList<>());
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            boolean regionless = "region".equals(row[0]) && row[1] == null;
            if (!regionless) {
                by.get(row[0].toString()).add(tally(row));
            }
        }
        Tally total = by.get("total").isEmpty()
                ? new Tally(null, 0, 0, 0, 0, 0, 0, null, null)
                : by.get("total").get(0);
        return new Figures(total, by.get("country"), by.get("region"), by.get("sdg"), by.get("programme"));
    }

    private static Tally tally(Object[] row) {
        long positions = number(row[5]);
        long filled = number(row[6]);
        return new Tally(
                row[1] == null ? null : row[1].toString(),
                number(row[3]),
                number(row[4]),
                positions,
                filled,
                number(row[7]),
                number(row[8]),
                positions == 0 ? null : (double) filled / positions,
                row[9] == null ? null : ((Number) row[9]).doubleValue());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String conditions(OpportunityFiguresFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        add(where, parameters, "o.host_organization_id = :host", "host", filter.hostOrganizationId());
        add(where, parameters, "(o.published_at AT TIME ZONE 'UTC')::date >= :from", "from", filter.from());
        add(where, parameters, "(o.published_at AT TIME ZONE 'UTC')::date <= :to", "to", filter.to());
        add(where, parameters, "o.country = :country", "country", filter.country());
        add(
                where,
                parameters,
                "r.region = :region",
                "region",
                filter.region() == null ? null : filter.region().name());
        add(
                where,
                parameters,
                "o.programme = :programme",
                "programme",
                filter.programme() == null ? null : filter.programme().name());
        add(
                where,
                parameters,
                "EXISTS (SELECT 1 FROM opportunity_sdg s WHERE s.opportunity_id = o.id AND s.sdg = :sdg)",
                "sdg",
                filter.sdg());
        return where.toString();
    }

    private static void add(
            StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            parameters.put(name, value);
        }
    }
}
