package org.southsouth.journal;

import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL journal's upkeep, run by the service's scheduler and none of it holding start-up back: once at start,
 * the service's journaling of records stored before the journal existed; then, every so often, pruning entries older
 * than the retention (none when unset: kept as long as the record) except each record's latest, which the changes
 * feed needs, and whatever is left of a record deleted longer ago than the tombstone retention. Safe beside other
 * instances: each run is one statement.
 */
public final class JournalUpkeep {

    private static final Logger LOG = Logger.getLogger(JournalUpkeep.class);

    private final JdbcRecordJournal journal;
    private final Optional<Duration> retention;
    private final Duration tombstoneRetention;

    public JournalUpkeep(JdbcRecordJournal journal, Optional<Duration> retention, Duration tombstoneRetention) {
        this.journal = journal;
        this.retention = retention;
        this.tombstoneRetention = tombstoneRetention;
    }

    /** Runs the service's backfill; a failure is logged, and the next start tries again. */
    public static void backfill(Runnable backfill) {
        try {
            backfill.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Journaling the records stored before the journal failed; the next start tries again");
        }
    }

    /** How many entries this run removed; a failure is logged and left to the next run. */
    public long prune() {
        try {
            long removed = journal.prune(retention, tombstoneRetention);
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
