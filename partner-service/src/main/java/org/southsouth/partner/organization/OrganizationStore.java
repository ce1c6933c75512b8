package org.southsouth.partner.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.partner.sql.SqlConditions;
import org.southsouth.rest.Page;
import org.southsouth.rest.SortOrder;

/** Organizations as stored: lists by SQL over indexed columns (every filter has its index, see the migrations). */
@ApplicationScoped
public class OrganizationStore {

    static final Map<String, String> SORTABLE = Map.of(
            "name",
            "name",
            "acronym",
            "acronym",
            "country",
            "country",
            "type",
            "type",
            "status",
            "status",
            "joinedNetworkOn",
            "joined_network_on",
            "createdAt",
            "created_at",
            "updatedAt",
            "updated_at");

    @Inject
    EntityManager em;

    public Page<Organization> list(OrganizationFilter filter, String sort, int page, int size) {
        String order = SortOrder.toSql(sort, "updatedAt", SORTABLE);
        SqlConditions where = new SqlConditions()
                .when(filter.country(), "country = :country", "country")
                .when(filter.region() == null ? null : filter.region().name(), "region = :region", "region")
                .when(filter.subregion(), "subregion = :subregion", "subregion")
                .when(filter.type(), "type = :type", "type")
                .when(filter.sdg(), "sdgs @> ARRAY[CAST(:sdg AS integer)]", "sdg")
                .when(filter.status() == null ? null : filter.status().name(), "status = :status", "status")
                .when(filter.hub(), "hub = :hub", "hub")
                .containsWords(filter.q(), "search_text", "words")
                .when(
                        filter.updatedSince() == null
                                ? null
                                : filter.updatedSince().atOffset(ZoneOffset.UTC),
                        "updated_at >= :updatedSince",
                        "updatedSince");
        @SuppressWarnings("unchecked")
        List<Organization> items = where.bind(em.createNativeQuery(
                        "SELECT * FROM organization" + where.where() + " ORDER BY " + order, Organization.class))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM organization" + where.where()))
                        .getSingleResult())
                .longValue();
        return new Page<>(items, page, size, total);
    }

    /**
     * The organization locked until the transaction ends, or null when there is none: a use case that reads it and then
     * writes it waits for every other such use case and sees what they committed (no lost update).
     */
    Organization findForUpdate(UUID id) {
        return em.find(Organization.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
