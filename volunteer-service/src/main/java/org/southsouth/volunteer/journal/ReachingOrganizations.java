package org.southsouth.volunteer.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.journal.ChangeCursor;

/**
 * The organizations through which a partner reaches records, now or at a changes-feed position: a volunteer's home
 * organization (its hours, deployments and applications) and an opportunity's host (the applications to it). Both
 * can change: a volunteer moves to another home, staff give an opportunity to another host.
 */
@ApplicationScoped
public class ReachingOrganizations {

    /** A field of the record's last journaled state at or before a feed position (transaction, sequence). */
    private static final String AT_POSITION = "SELECT CAST(state->>CAST(:field AS text) AS uuid) FROM record_journal"
            + " WHERE family = :family AND record_id = :id AND state IS NOT NULL"
            + " AND (transaction_id, sequence) <= (CAST(CAST(:transaction AS text) AS xid8), :sequence)"
            + " ORDER BY sequence DESC LIMIT 1";

    @Inject
    EntityManager entityManager;

    public Map<UUID, UUID> homes(Collection<UUID> volunteerIds) {
        return current("select v.id, v.homeOrganizationId from Volunteer v where v.id in :ids", volunteerIds);
    }

    public Map<UUID, UUID> hosts(Collection<UUID> opportunityIds) {
        return current("select o.id, o.hostOrganizationId from Opportunity o where o.id in :ids", opportunityIds);
    }

    /** Null when the volunteer had no journaled state yet at that position. */
    public UUID homeAt(UUID volunteerId, ChangeCursor position) {
        return at(JournalFamily.VOLUNTEER, "homeOrganizationId", volunteerId, position);
    }

    /** Null when the opportunity had no journaled state yet at that position. */
    public UUID hostAt(UUID opportunityId, ChangeCursor position) {
        return at(JournalFamily.OPPORTUNITY, "hostOrganizationId", opportunityId, position);
    }

    private Map<UUID, UUID> current(String query, Collection<UUID> ids) {
        Map<UUID, UUID> organizations = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager
                    .createQuery(query, Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> organizations.put((UUID) row[0], (UUID) row[1]));
        }
        return organizations;
    }

    private UUID at(JournalFamily family, String field, UUID id, ChangeCursor position) {
        List<?> organization = entityManager
                .createNativeQuery(AT_POSITION)
                .setParameter("field", field)
                .setParameter("family", family.key())
                .setParameter("id", id)
                .setParameter("transaction", Long.toString(position.transaction()))
                .setParameter("sequence", position.sequence())
                .getResultList();
        return organization.isEmpty() ? null : (UUID) organization.get(0);
    }
}
