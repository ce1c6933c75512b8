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
 * The home organization of volunteers, now or at a changes-feed position: a partner reaches a volunteer's hours and
 * deployments through it, and a volunteer can move to another home organization.
 */
@ApplicationScoped
public class VolunteerHomes {

    /** The volunteer's last journaled state at or before a feed position (transaction, sequence). */
    private static final String AT_POSITION = "SELECT CAST(state->>'homeOrganizationId' AS uuid) FROM record_journal"
            + " WHERE family = :family AND record_id = :id AND state IS NOT NULL"
            + " AND (transaction_id, sequence) <= (CAST(CAST(:transaction AS text) AS xid8), :sequence)"
            + " ORDER BY sequence DESC LIMIT 1";

    @Inject
    EntityManager entityManager;

    public Map<UUID, UUID> current(Collection<UUID> volunteerIds) {
        Map<UUID, UUID> homes = new HashMap<>();
        if (!volunteerIds.isEmpty()) {
            entityManager
                    .createQuery(
                            "select v.id, v.homeOrganizationId from Volunteer v where v.id in :ids", Object[].class)
                    .setParameter("ids", volunteerIds)
                    .getResultList()
                    .forEach(row -> homes.put((UUID) row[0], (UUID) row[1]));
        }
        return homes;
    }

    /** Null when the volunteer had no journaled state yet at that position. */
    public UUID at(UUID volunteerId, ChangeCursor position) {
        List<?> home = entityManager
                .createNativeQuery(AT_POSITION)
                .setParameter("family", JournalFamily.VOLUNTEER.key())
                .setParameter("id", volunteerId)
                .setParameter("transaction", Long.toString(position.transaction()))
                .setParameter("sequence", position.sequence())
                .getResultList();
        return home.isEmpty() ? null : (UUID) home.get(0);
    }
}
