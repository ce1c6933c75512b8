package org.southsouth.journal.postgres;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL journal's upkeep, none of it holding start-up back: once at start, on a worker, the service's
 * {@link JournalBackfill}; then, as often as {@link JournalSettings} says, pruning entries older than its retention
 * (none when unset: kept as long as the record) except each record's latest, which the changes feed needs, and
 * whatever is left of a record deleted longer ago than its tombstone retention.
 * Safe beside other instances: each prune is one statement.
 */
@ApplicationScoped
public class JournalRetention {

    private static final Logger LOG = Logger.getLogger(JournalRetention.class);

    @Inject
    JdbcRecordJournal journal;

    @Inject
    JournalBackfill backfill;

    @Inject
    ManagedExecutor executor;

    @Inject
    JournalSettings settings;

    void start(@Observes StartupEvent startup) {
        executor.execute(this::backfill);
    }

    /** A failed backfill is logged, and the next start tries again. */
    private void backfill() {
        try {
            int journaled = backfill.backfill();
            if (journaled > 0) {
                LOG.infof("Journaled %d records stored before the journal", journaled);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Journaling the records stored before the journal failed; the next start tries again");
        }
    }

    @Scheduled(
            identity = "journal-retention",
            every = "${journal.prune.every}",
            delayed = "${journal.prune.every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduledPrune() {
        prune();
    }

    /** How many entries this run removed; a failure is logged and left to the next run. */
    public long prune() {
        try {
            long removed = journal.prune(settings.retention(), settings.tombstoneRetention());
            if (removed > 0) {
                LOG.infof("Journal retention removed %d entries", removed);
            }
            return removed;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Journal retention failed; the next run tries again");
            return 0;
        }
    }
}
