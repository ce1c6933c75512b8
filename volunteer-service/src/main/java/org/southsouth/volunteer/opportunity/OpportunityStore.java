package org.southsouth.volunteer.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.volunteer.NativeList;

/** Lists opportunities by what a volunteer app filters on; DRAFTs only for staff and their own organizations. */
@ApplicationScoped
public class OpportunityStore {

    /** Columns clients may sort by. */
    public static final Map<String, String> SORTABLE = Map.of(
            "startFrom",
            "start_from",
            "applicationDeadline",
            "application_deadline",
            "createdAt",
            "created_at",
            "updatedAt",
            "updated_at",
            "title",
            "title");

    /** @param sortColumn one of {@link #SORTABLE}'s values */
    public record Order(String sortColumn, boolean descending) {}

    private static final String FROM = "opportunity o";

    @Inject
    NativeList list;

    public List<Opportunity> page(AccessScope scope, OpportunityFilter filter, Order order, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, filter, parameters);
        return list.page(
                Opportunity.class, FROM, where, parameters, order.sortColumn(), order.descending(), page, size);
    }

    public long count(AccessScope scope, OpportunityFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, filter, parameters);
        return list.count(FROM, where, parameters);
    }

    private static String where(AccessScope scope, OpportunityFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!scope.everything()) {
            conditions.add(
                    scope.organizationId() == null
                            ? "o.status <> 'DRAFT'"
                            : "(o.status <> 'DRAFT' OR o.host_organization_id = :scopeOrganization OR o.sending_organization_id = :scopeOrganization)");
            if (scope.organizationId() != null) {
                parameters.put("scopeOrganization", scope.organizationId());
            }
        }
        add(conditions, parameters, "o.country = :country", "country", filter.country());
        add(
                conditions,
                parameters,
                "o.country IN (SELECT r.country FROM undp_region_country r WHERE r.region = :region)",
                "region",
                filter.region() == null ? null : filter.region().name());
        add(
                conditions,
                parameters,
                "o.programme = :programme",
                "programme",
                filter.programme() == null ? null : filter.programme().name());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM opportunity_skill s WHERE s.opportunity_id = o.id AND s.skill_code = :skill)",
                "skill",
                filter.skill());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM opportunity_language l WHERE l.opportunity_id = o.id AND l.language = :language)",
                "language",
                filter.language());
        add(
                conditions,
                parameters,
                "EXISTS (SELECT 1 FROM opportunity_sdg g WHERE g.opportunity_id = o.id AND g.sdg = :sdg)",
                "sdg",
                filter.sdg());
        add(conditions, parameters, "o.start_to >= :startAfter", "startAfter", filter.startAfter());
        add(conditions, parameters, "o.start_from <= :startBefore", "startBefore", filter.startBefore());
        add(
                conditions,
                parameters,
                "o.status = :status",
                "status",
                filter.status() == null ? null : filter.status().name());
        add(conditions, parameters, "o.host_organization_id = :host", "host", filter.hostOrganizationId());
        add(conditions, parameters, "o.updated_at >= :updatedSince", "updatedSince", filter.updatedSince());
        if (filter.openOnly()) {
            conditions.add("o.status = 'OPEN' AND o.application_deadline >= :today");
            parameters.put("today", LocalDate.now(ZoneOffset.UTC));
        }
        for (int i = 0; i < filter.words().size(); i++) {
            conditions.add("(o.title ILIKE :word" + i + " OR o.description ILIKE :word" + i
                    + " OR EXISTS (SELECT 1 FROM opportunity_title_translation t WHERE t.opportunity_id = o.id AND t.title ILIKE :word"
                    + i + ")"
                    + " OR EXISTS (SELECT 1 FROM opportunity_description_translation d WHERE d.opportunity_id = o.id"
                    + " AND d.description ILIKE :word" + i + "))");
            parameters.put("word" + i, "%" + escapeLike(filter.words().get(i)) + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A word is matched literally: % and _ in it are not wildcards. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void add(
            List<String> conditions, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            conditions.add(clause);
            parameters.put(name, value);
        }
    }

    /**
     * The opportunity with its row locked until the transaction ends (changes to one opportunity and its applications
     * queue up); null when there is none.
     */
    public Opportunity findForUpdate(UUID id) {
        return Opportunity.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
