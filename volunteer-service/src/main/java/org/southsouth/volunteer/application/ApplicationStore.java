package org.southsouth.volunteer.application;

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

/** Lists applications: a volunteer's own ("my applications"), a partner's nominees' and those to its opportunities. */
@ApplicationScoped
public class ApplicationStore {

    public PanacheQuery<Application> find(AccessScope scope, ApplicationFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        add(
                where,
                parameters,
                "(nominatedByOrganizationId = :scopeOrganization"
                        + " or volunteerId in (select v.id from Volunteer v where v.homeOrganizationId = :scopeOrganization)"
                        + " or opportunityId in (select o.id from Opportunity o where o.hostOrganizationId = :scopeOrganization))",
                "scopeOrganization",
                scope.organizationId());
        add(where, parameters, "volunteerId = :scopeVolunteer", "scopeVolunteer", scope.volunteerId());
        add(where, parameters, "opportunityId = :opportunityId", "opportunityId", filter.opportunityId());
        add(where, parameters, "volunteerId = :volunteerId", "volunteerId", filter.volunteerId());
        add(where, parameters, "status = :status", "status", filter.status());
        add(where, parameters, "updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        return Application.find(String.join(" and ", where), sort, parameters);
    }

    public List<Application> page(AccessScope scope, ApplicationFilter filter, Sort sort, int page, int size) {
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
     * The application with its row locked until the transaction ends (changes to one application queue up);
     * null when there is none.
     */
    public Application findForUpdate(UUID id) {
        return Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The opportunity's applications still waiting for a decision, in id order, their rows locked. */
    public List<Application> pendingForUpdate(UUID opportunityId) {
        return Application.find(
                        "opportunityId = ?1 and status in ?2 order by id",
                        opportunityId,
                        List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
