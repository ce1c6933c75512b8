package org.southsouth.volunteer.journal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.southsouth.journal.postgres.JournalBackfill;
import org.southsouth.volunteer.domain.Deployment;
import org.southsouth.volunteer.domain.ServiceHours;
import org.southsouth.volunteer.domain.Volunteer;

/**
 * Journals the records stored before the journal existed (an existing database), once each, with their state now, so
 * histories and changes feeds start from them too. Batches of rows without an entry are locked, skipping rows a
 * write holds (that write journals the record itself), so other instances and concurrent writes are safe.
 */
@ApplicationScoped
public class VolunteerJournalBackfill implements JournalBackfill {

    private static final Logger LOG = Logger.getLogger(VolunteerJournalBackfill.class);
    private static final int BATCH = 200;
    private static final String UNJOURNALED = "SELECT r.id FROM %s r WHERE NOT EXISTS (SELECT 1 FROM record_journal j"
            + " WHERE j.family = :family AND j.record_id = r.id) %s LIMIT " + BATCH + " FOR UPDATE OF r SKIP LOCKED";

    @Inject
    EntityManager entityManager;

    @Inject
    RecordJournaling journaling;

    @Override
    public int backfill() {
        // An erased volunteer stays out, as tombstone retention leaves it: in no mirror, with no history.
        int journaled = backfill(
                        "volunteer",
                        "AND r.status <> 'ERASED'",
                        JournalFamily.VOLUNTEER,
                        Volunteer.class,
                        journaling::written)
                + backfill("deployment", "", JournalFamily.DEPLOYMENT, Deployment.class, journaling::written)
                + backfill("service_hours", "", JournalFamily.SERVICE_HOURS, ServiceHours.class, journaling::written);
        if (journaled > 0) {
            LOG.infof("Journaled %d records stored before the journal", journaled);
        }
        return journaled;
    }

    private <T> int backfill(String table, String condition, JournalFamily family, Class<T> type, Consumer<T> journal) {
        int journaled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = entityManager
                        .createNativeQuery(UNJOURNALED.formatted(table, condition), UUID.class)
                        .setParameter("family", family.key())
                        .getResultList();
                ids.forEach(id -> journal.accept(entityManager.find(type, id)));
                return ids.size();
            });
            journaled += batch;
        } while (batch == BATCH);
        return journaled;
    }
}
