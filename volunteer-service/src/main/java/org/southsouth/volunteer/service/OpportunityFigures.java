package org.southsouth.volunteer.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.domain.Programme;
import org.southsouth.volunteer.domain.UndpRegion;

/**
 * Figures of published opportunities (every status but DRAFT), computed from the records: opportunities and positions,
 * what is open, what is filled, applications, the fill rate and the median days from publishing to FILLED, overall and
 * by country, UNDP region, SDG and programme. An opportunity with several SDGs counts towards each.
 */
@ApplicationScoped
public class OpportunityFigures {

    public record Filter(UUID hostOrganizationId, String country, UndpRegion region, Integer sdg, Programme programme) {
    }

    @Schema(name = "OpportunityTally", description = "Figures of published opportunities; the key names the group in a breakdown")
    public record Tally(
            @Schema(nullable = true, description = "Country, region, SDG or programme; null in the headline", example = "NP") String key,
            @Schema(description = "Published opportunities, whatever their status now") long opportunities,
            long openOpportunities,
            @Schema(description = "Positions of opportunities not cancelled") long positions,
            @Schema(description = "Positions taken by accepted offers") long positionsFilled,
            @Schema(description = "Positions not yet filled of OPEN opportunities") long openPositions,
            long applications,
            @Schema(nullable = true, description = "positionsFilled / positions; null without positions", example = "0.5") Double fillRate,
            @Schema(nullable = true, description = "Median days from publishing to FILLED; null when none is filled", example = "42.5")
            Double medianDaysToFill) {
    }

    @Schema(name = "OpportunityFigures", description = "Figures of published opportunities, overall and broken down")
    public record Figures(Tally total, List<Tally> byCountry, List<Tally> byRegion, List<Tally> bySdg, List<Tally> byProgramme) {
    }

    private static final String TALLY = "count(*), count(*) FILTER (WHERE o.status = 'OPEN'),"
            + " coalesce(sum(o.positions) FILTER (WHERE o.status <> 'CANCELLED'), 0), coalesce(sum(o.positions_filled), 0),"
            + " coalesce(sum(o.positions - o.positions_filled) FILTER (WHERE o.status = 'OPEN'), 0), coalesce(sum(a.applications), 0),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.filled_at - o.published_at) / 86400)"
            + " FILTER (WHERE o.status = 'FILLED')";

    @Inject
    EntityManager entityManager;

    public Figures of(Filter filter) {
        return new Figures(tallies(filter, "NULL::text", "").get(0), tallies(filter, "o.country", ""),
                tallies(filter, "o.region", " WHERE o.region IS NOT NULL"),
                tallies(filter, "g.sdg::text", " JOIN opportunity_sdg g ON g.opportunity_id = o.id"), tallies(filter, "o.programme", ""));
    }

    @SuppressWarnings("unchecked")
    private List<Tally> tallies(Filter filter, String key, String join) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "WITH o AS (SELECT o.*, r.region FROM opportunity o LEFT JOIN undp_region_country r ON r.country = o.country"
                + " WHERE o.status <> 'DRAFT'" + conditions(filter, parameters) + "),"
                + " a AS (SELECT opportunity_id, count(*) AS applications FROM application GROUP BY opportunity_id)"
                + " SELECT " + key + " AS key, " + TALLY + " FROM o LEFT JOIN a ON a.opportunity_id = o.id" + join
                + " GROUP BY 1 ORDER BY 1";
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty() && "NULL::text".equals(key)) {
            return List.of(new Tally(null, 0, 0, 0, 0, 0, 0, null, null));
        }
        return rows.stream().map(OpportunityFigures::tally).toList();
    }

    private static Tally tally(Object[] row) {
        long positions = ((Number) row[3]).longValue();
        long filled = ((Number) row[4]).longValue();
        return new Tally(row[0] == null ? null : row[0].toString(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                positions, filled, ((Number) row[5]).longValue(), ((Number) row[6]).longValue(),
                positions == 0 ? null : (double) filled / positions, row[7] == null ? null : ((Number) row[7]).doubleValue());
    }

    private static String conditions(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        add(where, parameters, "o.host_organization_id = :host", "host", filter.hostOrganizationId());
        add(where, parameters, "o.country = :country", "country", filter.country());
        add(where, parameters, "r.region = :region", "region", filter.region() == null ? null : filter.region().name());
        add(where, parameters, "o.programme = :programme", "programme", filter.programme() == null ? null : filter.programme().name());
        add(where, parameters, "EXISTS (SELECT 1 FROM opportunity_sdg s WHERE s.opportunity_id = o.id AND s.sdg = :sdg)", "sdg", filter.sdg());
        return where.toString();
    }

    private static void add(StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            parameters.put(name, value);
        }
    }
}
