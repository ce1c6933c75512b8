package org.southsouth.partner.journal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.southsouth.journal.postgres.JournalBackfill;
import org.southsouth.partner.domain.Organization;
import org.southsouth.partner.domain.OrganizationContact;
import org.southsouth.partner.domain.Partnership;

/**
 * Journals the records stored before the journal existed (an existing database), once each, with their state now, so
 * histories and changes feeds start from them too. Batches of rows without an entry are locked, skipping rows a
 * write holds (that write journals the record itself), so other instances and concurrent writes are safe.
 */
@ApplicationScoped
public class PartnerJournalBackfill implements JournalBackfill {

    private static final Logger LOG = Logger.getLogger(PartnerJournalBackfill.class);
    private static final int BATCH = 200;
    private static final String UNJOURNALED = "SELECT r.id FROM %s r WHERE NOT EXISTS (SELECT 1 FROM record_journal j"
            + " WHERE j.family = :family AND j.record_id = r.id) LIMIT " + BATCH + " FOR UPDATE OF r SKIP LOCKED";

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerJournal journal;

    @Override
    public int backfill() {
        int journaled = backfill("organization", PartnerJournal.ORGANIZATION, Organization.class, journal::written)
                + backfill("partnership", PartnerJournal.PARTNERSHIP, Partnership.class, journal::written)
                + backfill("organization_contact", PartnerJournal.CONTACT, OrganizationContact.class, journal::written);
        if (journaled > 0) {
            LOG.infof("Journaled %d records stored before the journal", journaled);
        }
        return journaled;
    }

    private <T> int backfill(String table, String family, Class<T> type, Consumer<T> write) {
        int journaled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = entityManager
                        .createNativeQuery(UNJOURNALED.formatted(table), UUID.class)
                        .setParameter("family", family)
                        .getResultList();
                ids.forEach(id -> write.accept(entityManager.find(type, id)));
                return ids.size();
            });
            journaled += batch;
        } while (batch == BATCH);
        return journaled;
    }
}
