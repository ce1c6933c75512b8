package org.southsouth.journal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL journal's upkeep on one background thread, none of it holding start-up back: once at start, the
 * service's journaling of records stored before the journal existed; then, every so often, pruning entries older
 * than the retention (none when unset: kept as long as the record) except each record's latest, which the changes
 * feed needs, and whatever is left of a record deleted longer ago than the tombstone retention. Safe beside other
 * instances: each run is one statement.
 */
public final class JournalUpkeep {

    private static final Logger LOG = Logger.getLogger(JournalUpkeep.class);

    private final JdbcRecordJournal journal;
    private final Optional<Duration> retention;
    private final Duration tombstoneRetention;
    private ScheduledExecutorService schedule;

    public JournalUpkeep(JdbcRecordJournal journal, Optional<Duration> retention, Duration tombstoneRetention) {
        this.journal = journal;
        this.retention = retention;
        this.tombstoneRetention = tombstoneRetention;
    }

    public void start(Runnable backfill, Duration every) {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "journal-retention"));
        schedule.execute(() -> safely("Journaling the records stored before the journal", backfill));
        schedule.scheduleWithFixedDelay(
                () -> safely("Journal retention", this::prune),
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
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
