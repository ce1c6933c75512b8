package org.southsouth.volunteer.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.access.AccessScope;

/**
 * Sums of service hours by volunteer, organization, SDG, month or year, computed from the records. An entry with
 * several SDGs counts fully towards each of them (so SDG totals may add up to more than the grand total).
 */
@ApplicationScoped
public class HoursTotals {

    public enum GroupBy {
        VOLUNTEER("h.volunteer_id::text"),
        ORGANIZATION("h.organization_id::text"),
        SDG("s.sdg::text"),
        MONTH("to_char(h.served_on, 'YYYY-MM')"),
        YEAR("to_char(h.served_on, 'YYYY')");

        final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    @Schema(name = "HoursTotal", description = "Hours of one group")
    public record Total(
            @Schema(
                    description = "Volunteer or organization id, SDG number, month (2026-03) or year (2026)",
                    example = "2026-03")
            String key,

            @Schema(description = "All logged hours", example = "126.5")
            BigDecimal hours,

            @Schema(description = "Hours a coordinator verified", example = "120")
            BigDecimal verifiedHours,

            @Schema(description = "Number of entries", example = "21")
            long entries) {}

    @Inject
    EntityManager entityManager;

    public List<Total> totals(AccessScope scope, GroupBy groupBy, HoursTotalsFilter filter, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = entityManager.createNativeQuery("SELECT " + groupBy.key + " AS key, sum(h.hours),"
                + " coalesce(sum(h.hours) FILTER (WHERE h.verified), 0), count(*)"
                + from(scope, groupBy, filter, parameters)
                + " GROUP BY 1 ORDER BY 1");
        parameters.forEach(query::setParameter);
        // Bound, not written into the SQL: Hibernate plans each distinct SQL text once and keeps the plan.
        query.setFirstResult(page * size).setMaxResults(size);
        List<Total> totals = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.add(new Total(
                    (String) columns[0],
                    (BigDecimal) columns[1],
                    (BigDecimal) columns[2],
                    ((Number) columns[3]).longValue()));
        }
        return totals;
    }

    public long groups(AccessScope scope, GroupBy groupBy, HoursTotalsFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = entityManager.createNativeQuery(
                "SELECT count(DISTINCT " + groupBy.key + ")" + from(scope, groupBy, filter, parameters));
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String from(
            AccessScope scope, GroupBy groupBy, HoursTotalsFilter filter, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(" FROM service_hours h");
        if (groupBy == GroupBy.SDG) {
            sql.append(" JOIN service_hours_sdg s ON s.service_hours_id = h.id");
        }
        List<String> where = new ArrayList<>();
        condition(
                where,
                parameters,
                "h.volunteer_id IN (SELECT v.id FROM volunteer v WHERE v.home_organization_id = :scopeOrganization)",
                "scopeOrganization",
                scope.organizationId());
        condition(where, parameters, "h.volunteer_id = :scopeVolunteer", "scopeVolunteer", scope.volunteerId());
        condition(where, parameters, "h.volunteer_id = :volunteer", "volunteer", filter.volunteerId());
        condition(where, parameters, "h.organization_id = :organization", "organization", filter.organizationId());
        condition(where, parameters, "h.served_on >= :from", "from", filter.from());
        condition(where, parameters, "h.served_on <= :to", "to", filter.to());
        condition(
                where,
                parameters,
                "EXISTS (SELECT 1 FROM service_hours_sdg t WHERE t.service_hours_id = h.id AND t.sdg = :sdg)",
                "sdg",
                filter.sdg());
        condition(
                where,
                parameters,
                "EXISTS (SELECT 1 FROM deployment d WHERE d.id = h.deployment_id AND d.country = :country)",
                "country",
                filter.country());
        condition(
                where,
                parameters,
                "EXISTS (SELECT 1 FROM deployment d JOIN undp_region_country r ON r.country = d.country"
                        + " WHERE d.id = h.deployment_id AND r.region = :region)",
                "region",
                filter.region() == null ? null : filter.region().name());
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        return sql.toString();
    }

    private static void condition(
            List<String> where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }
}
