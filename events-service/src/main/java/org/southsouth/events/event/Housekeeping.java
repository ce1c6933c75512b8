package org.southsouth.events.event;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.southsouth.events.journal.JournalBackfill;
import org.southsouth.events.journal.JournalRetention;
import org.southsouth.events.participation.AttendanceReconciliation;
import org.southsouth.events.participation.Seats;
import org.southsouth.events.statistics.GoodPracticeYears;
import org.southsouth.events.statistics.StatisticsMonths;

/**
 * The repairs that make derived state converge after a crash or an older instance's write, run by the Quarkus
 * scheduler: seat claims never taken, stale attendance counts and statistics (months of events, years of good practices), events without a start month, seat counts a crash
 * left unjournaled, the journal's retention, statistics summaries missing or of another format (looked for often:
 * one read); and, once at start on a worker, records stored before the journal.
 * Each is idempotent and safe beside other instances (so a run is skipped, not queued, while the last one still
 * works), and none holds start-up back, however much an older database has to catch up on.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    Seats seats;

    @Inject
    AttendanceReconciliation attendance;

    @Inject
    MonthBackfill months;

    @Inject
    StatisticsMonths statistics;

    @Inject
    GoodPracticeYears practices;

    @Inject
    JournalRetention journal;

    @Inject
    JournalBackfill unjournaled;

    @Inject
    ExchangeEventStore events;

    @Inject
    ManagedExecutor executor;

    void backfillJournal(@Observes StartupEvent startup) {
        executor.execute(() -> guarded("Records stored before the journal", unjournaled::backfill));
    }

    /**
     * Statistics without their summaries (a bulk load, an upgrade of their format) are counted soon, not at the next
     * repair: meanwhile every request counts its figures from the records (readers never fill them).
     */
    @Scheduled(
            identity = "statistics-fill",
            every = "${events.recount.fill-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void fillStatistics() {
        guarded("Statistics months", statistics::fill);
        guarded("Good practice years", practices::fill);
    }

    @Scheduled(
            identity = "seat-claims",
            every = "${events.seat-claims.every}",
            delayed = "${events.seat-claims.every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void reconcileSeatClaims() {
        guarded("Seat claims", seats::reconcile);
    }

    @Scheduled(
            identity = "recounts",
            every = "${events.recount.every}",
            delayed = "${events.recount.every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void recount() {
        guarded("Start months", months::backfill);
        guarded("Attendance counts", attendance::reconcile);
        guarded("Statistics months", statistics::reconcile);
        guarded("Good practice years", practices::reconcile);
        guarded("Journaled seats", events::journalStaleSeats);
    }

    @Scheduled(
            identity = "journal-retention",
            every = "${journal.prune.every}",
            delayed = "${journal.prune.every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void pruneJournal() {
        guarded("Journal retention", () -> journal.prune(Instant.now()));
    }

    private static void guarded(String what, Runnable repair) {
        try {
            repair.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s not repaired this time", what);
        }
    }
}
