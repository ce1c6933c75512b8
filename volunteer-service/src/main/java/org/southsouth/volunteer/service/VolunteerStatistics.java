package org.southsouth.volunteer.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reporting figures computed from the records, never typed in. "Deployed" counts deployments that started
 * (ACTIVE, EXTENDED, COMPLETED, ENDED_EARLY); "engaged" counts each volunteer once who attended an event, served
 * a deployment or has verified hours. Erased volunteers still count: erasure removes the person, not the fact.
 */
@ApplicationScoped
public class VolunteerStatistics {

    private static final String SERVED = "d.status IN ('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')";

    @Schema(name = "VolunteerStatistics")
    public record Figures(
            @Schema(description = "Volunteers registered", example = "3000") long registered,
            @Schema(description = "Volunteers who attended an event, served a deployment or have verified hours", example = "1200") long engaged,
            @Schema(description = "Volunteers who served at least one deployment", example = "16") long deployed,
            @Schema(description = "All logged hours", example = "5120.5") BigDecimal hours,
            @Schema(description = "Verified hours", example = "4800") BigDecimal verifiedHours,
            List<ByCountry> byCountry, List<ByProgramme> byProgramme, List<BySdg> bySdg, List<ByYear> byYear) {
    }

    @Schema(name = "DeploymentsByCountry")
    public record ByCountry(@Schema(example = "NP") String country, long deployments, long volunteers) {
    }

    @Schema(name = "DeploymentsByProgramme")
    public record ByProgramme(@Schema(example = "UN_VOLUNTEERS") String programme, long deployments, long volunteers) {
    }

    @Schema(name = "FiguresBySdg")
    public record BySdg(@Schema(example = "3") int sdg, long deployments, long volunteers, BigDecimal hours) {
    }

    @Schema(name = "FiguresByYear", description = "Registrations by registration year, deployments by start year, hours by day served")
    public record ByYear(@Schema(example = "2026") int year, long registered, long deployed, BigDecimal hours) {
    }

    @Inject
    EntityManager entityManager;

    /** @param homeOrganizationId when given, only that organization's volunteers count */
    public Figures compute(UUID homeOrganizationId) {
        Scope scope = new Scope(homeOrganizationId);
        return new Figures(
                count(scope, "SELECT count(*) FROM scope"),
                count(scope, "SELECT count(*) FROM (SELECT p.volunteer_id FROM participation p JOIN scope ON scope.id = p.volunteer_id"
                        + " WHERE p.status = 'ATTENDED' UNION SELECT d.volunteer_id FROM deployment d JOIN scope ON scope.id = d.volunteer_id"
                        + " WHERE " + SERVED + " UNION SELECT h.volunteer_id FROM service_hours h JOIN scope ON scope.id = h.volunteer_id"
                        + " WHERE h.verified) engaged"),
                count(scope, "SELECT count(DISTINCT d.volunteer_id) FROM deployment d JOIN scope ON scope.id = d.volunteer_id WHERE " + SERVED),
                (BigDecimal) scope.query(entityManager, "SELECT coalesce(sum(h.hours), 0) FROM service_hours h"
                        + " JOIN scope ON scope.id = h.volunteer_id").getSingleResult(),
                (BigDecimal) scope.query(entityManager, "SELECT coalesce(sum(h.hours), 0) FROM service_hours h"
                        + " JOIN scope ON scope.id = h.volunteer_id WHERE h.verified").getSingleResult(),
                rows(scope, "SELECT d.country, count(*), count(DISTINCT d.volunteer_id) FROM deployment d JOIN scope ON scope.id = d.volunteer_id"
                        + " WHERE " + SERVED + " GROUP BY d.country ORDER BY d.country",
                        r -> new ByCountry(r[0].toString(), number(r[1]), number(r[2]))),
                rows(scope, "SELECT d.programme, count(*), count(DISTINCT d.volunteer_id) FROM deployment d JOIN scope ON scope.id = d.volunteer_id"
                        + " WHERE " + SERVED + " GROUP BY d.programme ORDER BY d.programme",
                        r -> new ByProgramme(r[0].toString(), number(r[1]), number(r[2]))),
                rows(scope, "SELECT sdg, sum(deployments), sum(volunteers), sum(hours) FROM ("
                        + " SELECT s.sdg, count(*) AS deployments, count(DISTINCT d.volunteer_id) AS volunteers, 0 AS hours"
                        + " FROM deployment d JOIN scope ON scope.id = d.volunteer_id JOIN deployment_sdg s ON s.deployment_id = d.id"
                        + " WHERE " + SERVED + " GROUP BY s.sdg"
                        + " UNION ALL SELECT s.sdg, 0, 0, sum(h.hours) FROM service_hours h JOIN scope ON scope.id = h.volunteer_id"
                        + " JOIN service_hours_sdg s ON s.service_hours_id = h.id GROUP BY s.sdg) t GROUP BY sdg ORDER BY sdg",
                        r -> new BySdg(((Number) r[0]).intValue(), number(r[1]), number(r[2]), (BigDecimal) r[3])),
                rows(scope, "SELECT year, sum(registered), sum(deployed), sum(hours) FROM ("
                        + " SELECT extract(YEAR FROM scope.created_at AT TIME ZONE 'UTC')::int AS year, count(*) AS registered, 0 AS deployed, 0 AS hours"
                        + " FROM scope GROUP BY 1"
                        + " UNION ALL SELECT extract(YEAR FROM d.planned_start)::int, 0, count(DISTINCT d.volunteer_id), 0"
                        + " FROM deployment d JOIN scope ON scope.id = d.volunteer_id WHERE " + SERVED + " GROUP BY 1"
                        + " UNION ALL SELECT extract(YEAR FROM h.served_on)::int, 0, 0, sum(h.hours)"
                        + " FROM service_hours h JOIN scope ON scope.id = h.volunteer_id GROUP BY 1) t GROUP BY year ORDER BY year",
                        r -> new ByYear(((Number) r[0]).intValue(), number(r[1]), number(r[2]), (BigDecimal) r[3])));
    }

    private long count(Scope scope, String sql) {
        return number(scope.query(entityManager, sql).getSingleResult());
    }

    private <T> List<T> rows(Scope scope, String sql, Function<Object[], T> mapper) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.query(entityManager, sql).getResultList();
        return rows.stream().map(mapper).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The volunteers the figures are about, as a common table expression in front of each query. */
    private record Scope(UUID homeOrganizationId) {

        Query query(EntityManager entityManager, String sql) {
            String cte = "WITH scope AS (SELECT id, created_at FROM volunteer"
                    + (homeOrganizationId == null ? "" : " WHERE home_organization_id = :organization") + ") ";
            Query query = entityManager.createNativeQuery(cte + sql);
            if (homeOrganizationId != null) {
                query.setParameter("organization", homeOrganizationId);
            }
            return query;
        }
    }
}
