package org.southsouth.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

/** Lists service hours by volunteer, organization, deployment, event, verification, dates and change time. */
@ApplicationScoped
public class HoursStore {

    /** Within the scope: a partner's nominees' hours, or a volunteer's own. */
    public PanacheQuery<ServiceHours> find(AccessScope scope, HoursFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        add(
                where,
                parameters,
                "volunteerId in (select v.id from Volunteer v where v.homeOrganizationId = :scopeOrganization)",
                "scopeOrganization",
                scope.organizationId());
        add(where, parameters, "volunteerId = :scopeVolunteer", "scopeVolunteer", scope.volunteerId());
        add(where, parameters, "volunteerId = :volunteerId", "volunteerId", filter.volunteerId());
        add(where, parameters, "organizationId = :organizationId", "organizationId", filter.organizationId());
        add(where, parameters, "deploymentId = :deploymentId", "deploymentId", filter.deploymentId());
        add(where, parameters, "eventId = :eventId", "eventId", filter.eventId());
        add(where, parameters, "verified = :verified", "verified", filter.verified());
        add(where, parameters, "servedOn >= :from", "from", filter.from());
        add(where, parameters, "servedOn <= :to", "to", filter.to());
        add(where, parameters, "updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        return ServiceHours.find(String.join(" and ", where), sort, parameters);
    }

    private static void add(
            List<String> where, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    /**
     * The hours entry with its row locked until the transaction ends (changes to one entry queue up);
     * null when there is none.
     */
    public ServiceHours findForUpdate(UUID id) {
        return ServiceHours.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
