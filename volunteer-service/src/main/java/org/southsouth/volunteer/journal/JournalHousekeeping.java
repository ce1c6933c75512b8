package org.southsouth.volunteer.journal;

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
 * The record journal's upkeep on one background thread, none of it holding start-up back: once at start, journals
 * the records stored before the journal ({@link JournalBackfill}); then every {@code journal.prune.every} prunes
 * entries older than {@code journal.retention} (unset: kept as long as the record) except each record's latest,
 * which the changes feed needs, and whatever is left of a volunteer erased longer ago than
 * {@code journal.tombstone-retention}. Safe beside other instances.
 */
@ApplicationScoped
public class JournalHousekeeping {

    private static final Logger LOG = Logger.getLogger(JournalHousekeeping.class);

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
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "journal-housekeeping"));
        schedule.execute(() -> safely("Journal backfill", backfill::backfill));
        schedule.scheduleWithFixedDelay(() -> safely("Journal retention", this::prune), every.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        schedule.shutdownNow();
    }

    /** How many entries this run removed. */
    public long prune() {
        long removed = journal.prune(retention, tombstoneRetention);
        if (removed > 0) {
            LOG.infof("Journal retention removed %d entries", removed);
        }
        return removed;
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s failed; the next run (or start) tries again", what);
        }
    }
}
