package org.southsouth.partner.journal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.southsouth.journal.JdbcRecordJournal;

/**
 * Journals, once at start, the records stored before the journal existed ({@link JournalBackfill}); then prunes the
 * record journal on a background thread: entries older than {@code journal.retention} (unset: kept as
 * long as the record) except each record's latest, which the changes feed needs, and whatever is left of a contact
 * deleted longer ago than {@code journal.tombstone-retention}. Safe beside other instances.
 */
@ApplicationScoped
public class JournalRetention {

    private static final Logger LOG = Logger.getLogger(JournalRetention.class);

    @Inject
    JdbcRecordJournal journal;

    @Inject
    JournalBackfill backfill;

    @ConfigProperty(name = "journal.retention")
    Optional<Duration> retention;

    @ConfigProperty(name = "journal.tombstone-retention")
    Duration tombstoneRetention;

    @ConfigProperty(name = "journal.prune.every")
    Duration every;

    private ScheduledExecutorService schedule;

    void start(@Observes StartupEvent startup) {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "journal-retention"));
        schedule.execute(this::backfillSafely);
        schedule.scheduleWithFixedDelay(this::pruneSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        schedule.shutdownNow();
    }

    /** How many entries this run removed. */
    public long prune() {
        return journal.prune(retention, tombstoneRetention);
    }

    private void backfillSafely() {
        try {
            backfill.backfill();
        } catch (RuntimeException e) {
            LOG.warn("Journaling the records stored before the journal failed; the next start tries again", e);
        }
    }

    private void pruneSafely() {
        try {
            long removed = prune();
            if (removed > 0) {
                LOG.infof("Journal retention removed %d entries", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Journal retention failed; the next run tries again", e);
        }
    }
}
