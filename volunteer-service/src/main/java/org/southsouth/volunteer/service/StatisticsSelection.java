package org.southsouth.volunteer.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the volunteer figures count, as common table expressions in front of each query: {@code scope} (the
 * volunteers, by home organization), {@code registered} (registrations in the period), {@code served} (deployments
 * that started, overlapping the period, in the country or region, for the SDG), {@code logged} (hours served in the period,
 * on a deployment in the country or region, for the SDG) and {@code attended} (attendances recorded in the period, at
 * events in the country or region; none when an SDG is asked, as events carry none).
 */
final class StatisticsSelection {

    private static final String SERVED = "d.status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')";

    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String ctes;

    StatisticsSelection(VolunteerStatistics.Filter filter) {
        String region = filter.region() == null ? null : filter.region().name();
        String regionCountries = "(SELECT r.country FROM undp_region_country r WHERE r.region = :region)";
        // Without an organization every volunteer is in scope, and deployments and hours reference a volunteer by
        // foreign key: joining them to all volunteers would only cost a hash join per query. Attendances come from
        // events-service without such a key, so they stay joined to the volunteers known here.
        boolean everyone = filter.homeOrganizationId() == null;
        ctes = "WITH scope AS (SELECT id, created_at FROM volunteer WHERE true"
                + and("home_organization_id = :organization", "organization", filter.homeOrganizationId()) + "),"
                + " registered AS (SELECT id, created_at FROM scope WHERE true"
                + and("(created_at AT TIME ZONE 'UTC')::date >= :from", "from", filter.from())
                + and("(created_at AT TIME ZONE 'UTC')::date <= :to", "to", filter.to()) + "),"
                + " served AS (SELECT d.id, d.volunteer_id, d.country, d.programme, d.planned_start FROM deployment d"
                + inScope(everyone, "d") + " WHERE " + SERVED
                + and("coalesce(d.ended_on, d.planned_end) >= :from", "from", filter.from())
                + and("d.planned_start <= :to", "to", filter.to())
                + and("d.country = :country", "country", filter.country())
                + and("d.country IN " + regionCountries, "region", region)
                + and(
                        "EXISTS (SELECT 1 FROM deployment_sdg s WHERE s.deployment_id = d.id AND s.sdg = :sdg)",
                        "sdg",
                        filter.sdg())
                + "),"
                + " logged AS (SELECT h.id, h.volunteer_id, h.hours, h.verified, h.served_on FROM service_hours h"
                + inScope(everyone, "h") + " WHERE true"
                + and("h.served_on >= :from", "from", filter.from())
                + and("h.served_on <= :to", "to", filter.to())
                + and(
                        "EXISTS (SELECT 1 FROM deployment d WHERE d.id = h.deployment_id AND d.country = :country)",
                        "country",
                        filter.country())
                + and(
                        "EXISTS (SELECT 1 FROM deployment d WHERE d.id = h.deployment_id AND d.country IN "
                                + regionCountries + ")",
                        "region",
                        region)
                + and(
                        "EXISTS (SELECT 1 FROM service_hours_sdg s WHERE s.service_hours_id = h.id AND s.sdg = :sdg)",
                        "sdg",
                        filter.sdg())
                + "),"
                + " attended AS (SELECT p.volunteer_id FROM participation p JOIN scope ON scope.id = p.volunteer_id"
                + " WHERE p.status = 'ATTENDED'" + (filter.sdg() == null ? "" : " AND false")
                + and("(p.updated_at AT TIME ZONE 'UTC')::date >= :from", "from", filter.from())
                + and("(p.updated_at AT TIME ZONE 'UTC')::date <= :to", "to", filter.to())
                + and("p.event_country = :country", "country", filter.country())
                + and("p.event_country IN " + regionCountries, "region", region) + ") ";
    }

    Query query(EntityManager entityManager, String sql) {
        Query query = entityManager.createNativeQuery(ctes + sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    private static String inScope(boolean everyone, String alias) {
        return everyone ? "" : " JOIN scope ON scope.id = " + alias + ".volunteer_id";
    }

    private String and(String condition, String name, Object value) {
        if (value == null) {
            return "";
        }
        parameters.put(name, value);
        return " AND " + condition;
    }
}
