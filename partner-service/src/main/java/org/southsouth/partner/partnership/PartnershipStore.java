package org.southsouth.partner.partnership;

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
import org.southsouth.security.Caller;

/**
 * Lists partnerships by SQL over indexed columns (see V3__partnerships.sql), leaving out the DRAFTs the caller may
 * not see, as {@link PartnershipAccess#maySee} does for one partnership.
 */
@ApplicationScoped
public class PartnershipStore {

    static final Map<String, String> SORTABLE = Map.of(
            "title",
            "title",
            "kind",
            "kind",
            "status",
            "status",
            "startsOn",
            "starts_on",
            "endsOn",
            "ends_on",
            "createdAt",
            "created_at",
            "updatedAt",
            "updated_at");

    /** Drafts of the partner's own organization stay in its lists. */
    private static final String NOT_ANOTHERS_DRAFT = "(status <> 'DRAFT' OR id IN "
            + "(SELECT partnership_id FROM partnership_party WHERE organization_id = :viewer))";

    /** Through partnership_party's (organization_id, partnership_id) index from the hubs' partial index. */
    private static final String WITH_A_HUB = "id IN (SELECT pp.partnership_id FROM partnership_party pp "
            + "JOIN organization o ON o.id = pp.organization_id WHERE o.hub)";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Page<Partnership> list(PartnershipFilter filter, String sort, int page, int size) {
        String order = SortOrder.toSql(sort, "updatedAt", SORTABLE);
        SqlConditions where = new SqlConditions()
                .when(
                        filter.organizationId(),
                        "id IN (SELECT partnership_id FROM partnership_party WHERE organization_id = :organizationId)",
                        "organizationId")
                .when(filter.kind() == null ? null : filter.kind().name(), "kind = :kind", "kind")
                .when(filter.status() == null ? null : filter.status().name(), "status = :status", "status")
                .when(filter.country(), "countries @> ARRAY[CAST(:country AS text)]", "country")
                .when(
                        filter.region() == null ? null : filter.region().name(),
                        "regions @> ARRAY[CAST(:region AS text)]",
                        "region")
                .when(filter.sdg(), "sdg_goals @> ARRAY[CAST(:sdg AS integer)]", "sdg")
                .when(
                        filter.partyType(),
                        "id IN (SELECT pp.partnership_id FROM partnership_party pp "
                                + "JOIN organization o ON o.id = pp.organization_id WHERE o.type = :partyType)",
                        "partyType")
                .containsWords(filter.q(), "search_text", "words")
                .when(
                        filter.updatedSince() == null
                                ? null
                                : filter.updatedSince().atOffset(ZoneOffset.UTC),
                        "updated_at >= :updatedSince",
                        "updatedSince");
        if (filter.hub() != null) {
            where.always(filter.hub() ? WITH_A_HUB : "NOT " + WITH_A_HUB);
        }
        if (!caller.isStaff()) {
            caller.partnerOrganization()
                    .ifPresentOrElse(
                            own -> where.when(own, NOT_ANOTHERS_DRAFT, "viewer"),
                            () -> where.always("status <> 'DRAFT'"));
        }
        @SuppressWarnings("unchecked")
        List<Partnership> items = where.bind(em.createNativeQuery(
                        "SELECT * FROM partnership" + where.where() + " ORDER BY " + order, Partnership.class))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM partnership" + where.where()))
                        .getSingleResult())
                .longValue();
        return new Page<>(items, page, size, total);
    }

    /**
     * The partnership locked until the transaction ends, or null when there is none: a use case that reads it and then
     * writes it waits for every other such use case and sees what they committed (no lost update).
     */
    Partnership findForUpdate(UUID id) {
        return em.find(Partnership.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
