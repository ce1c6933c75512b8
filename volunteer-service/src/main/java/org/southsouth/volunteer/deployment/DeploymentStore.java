package org.southsouth.volunteer.deployment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

/** Lists deployments by the filters integrators sync and coordinators work with. */
@ApplicationScoped
public class DeploymentStore {

    /** Within the scope: a partner's nominees' deployments and those its organization sends or hosts, or a volunteer's own. */
    public PanacheQuery<Deployment> find(AccessScope scope, DeploymentFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        add(
                where,
                parameters,
                "(sendingOrganizationId = :scopeOrganization or hostOrganizationId = :scopeOrganization"
                        + " or volunteerId in (select v.id from Volunteer v where v.homeOrganizationId = :scopeOrganization))",
                "scopeOrganization",
                scope.organizationId());
        add(where, parameters, "volunteerId = :scopeVolunteer", "scopeVolunteer", scope.volunteerId());
        add(where, parameters, "volunteerId = :volunteerId", "volunteerId", filter.volunteerId());
        add(where, parameters, "hostOrganizationId = :host", "host", filter.hostOrganizationId());
        add(where, parameters, "country = :country", "country", filter.country());
        add(where, parameters, "programme = :programme", "programme", filter.programme());
        add(where, parameters, "status = :status", "status", filter.status());
        add(where, parameters, "needsReview = :needsReview", "needsReview", filter.needsReview());
        add(where, parameters, "updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return Deployment.find(query, sort, parameters);
    }

    public List<Deployment> page(AccessScope scope, DeploymentFilter filter, Sort sort, int page, int size) {
        return find(scope, filter, sort).page(Page.of(page, size)).list();
    }

    private static void add(
            List<String> where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    /**
     * The deployment with its row locked until the transaction ends (changes to one deployment queue up);
     * null when there is none.
     */
    public Deployment findForUpdate(UUID id) {
        return Deployment.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The host's PLANNED deployments not yet flagged for review, their rows locked. */
    public List<Deployment> plannedUnflaggedForUpdate(UUID hostOrganizationId) {
        return Deployment.find(
                        "hostOrganizationId = ?1 and status = ?2 and needsReview = false",
                        hostOrganizationId,
                        DeploymentStatus.PLANNED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
