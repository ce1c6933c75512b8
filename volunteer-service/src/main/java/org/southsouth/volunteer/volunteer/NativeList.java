package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * A list read with native SQL: one page of entities in a stable order (the sort column, then the id as tie-breaker)
 * and the total over the same conditions, so the page and its total can never disagree.
 */
@ApplicationScoped
public class NativeList {

    @Inject
    EntityManager entityManager;

    /**
     * @param from       table and alias, e.g. {@code "volunteer v"}
     * @param where      {@code ""} or {@code " WHERE …"} with named parameters
     * @param sortColumn a column of the alias, already checked against the sortable ones
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> page(
            Class<T> type,
            String from,
            String where,
            Map<String, Object> parameters,
            String sortColumn,
            boolean descending,
            int page,
            int size) {
        String alias = from.substring(from.lastIndexOf(' ') + 1);
        String direction = descending ? " DESC" : " ASC";
        Query query = entityManager.createNativeQuery(
                "SELECT " + alias + ".* FROM " + from + where + " ORDER BY " + alias + "." + sortColumn + direction
                        + ", " + alias + ".id" + direction,
                type);
        parameters.forEach(query::setParameter);
        // Bound, not written into the SQL: Hibernate plans each distinct SQL text once and keeps the plan.
        query.setFirstResult(page * size).setMaxResults(size);
        return query.getResultList();
    }

    public long count(String from, String where, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery("SELECT count(*) FROM " + from + where);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }
}
