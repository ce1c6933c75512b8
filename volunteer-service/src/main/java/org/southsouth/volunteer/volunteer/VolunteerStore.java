package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

/** Lists volunteers by profile, deployments and availability; every filter is backed by an index. */
@ApplicationScoped
public class VolunteerStore {

    /** Columns clients may sort by. */
    public static final Map<String, String> SORTABLE =
            Map.of("name", "name", "createdAt", "created_at", "updatedAt", "updated_at");

    /** @param sortColumn one of {@link #SORTABLE}'s values */
    public record Order(String sortColumn, boolean descending) {}

    private static final String FROM = "volunteer v";

    @Inject
    NativeList list;

    public List<Volunteer> page(AccessScope scope, VolunteerFilter filter, Order order, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, filter, parameters);
        return list.page(Volunteer.class, FROM, where, parameters, order.sortColumn(), order.descending(), page, size);
    }

    public long count(AccessScope scope, VolunteerFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, filter, parameters);
        return list.count(FROM, where, parameters);
    }

    private static String where(AccessScope scope, VolunteerFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        add(
                conditions,
                parameters,
                "v.home_organization_id = :scopeOrganization",
                "scopeOrganization",
                scope.organizationId());
        add(conditions, parameters, "v.id = :scopeVolunteer", "scopeVolunteer", scope.volunteerId());
        add(conditions, parameters, "v.nationality = :nationality", "nationality", filter.nationality());
        add(
                conditions,
                parameters,
                "v.status = :status",
                "status",
                filter.status() == null ? null : filter.status().name());
        add(conditions, parameters, "v.updated_at >= :updatedSince", "updatedSince", filter.updatedSince());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM volunteer_skill s WHERE s.volunteer_id = v.id AND s.skill_code = :skill)",
                "skill",
                filter.skill());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM volunteer_language l WHERE l.volunteer_id = v.id AND l.language = :language)",
                "language",
                filter.language());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.country = :deploymentCountry"
                        + " AND d.status <> 'CANCELLED')",
                "deploymentCountry",
                filter.deploymentCountry());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.programme = :programme"
                        + " AND d.status <> 'CANCELLED')",
                "programme",
                filter.programme() == null ? null : filter.programme().name());
        if (filter.availableFrom() != null) {
            conditions.add("EXISTS (SELECT 1 FROM availability_window a WHERE a.volunteer_id = v.id"
                    + " AND a.available_from <= :availableFrom AND a.available_to >= :availableTo)");
            parameters.put("availableFrom", filter.availableFrom());
            parameters.put("availableTo", filter.availableTo());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(
            List<String> conditions, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            conditions.add(clause);
            parameters.put(name, value);
        }
    }

    /**
     * The volunteer with its row locked until the transaction ends (changes to one volunteer queue up);
     * null when there is none.
     */
    public Volunteer findForUpdate(UUID id) {
        return Volunteer.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
