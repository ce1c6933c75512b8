package org.southsouth.events.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.southsouth.events.journal.JournalRetention;
import org.southsouth.events.store.ExchangeEventStore;
import org.southsouth.events.store.JournalBackfill;
import org.southsouth.events.store.MonthBackfill;

/**
 * The repairs that make derived state converge after a crash or an older instance's write, on one background
 * thread: seat claims never taken, stale attendance counts, events without a start month, records stored before the
 * journal (once, at start), seat counts a crash left unjournaled; and the journal's retention.
 * Each is idempotent and safe beside other instances, and none holds start-up back, however much an older database has
 * to catch up on.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    SeatClaimReconciler seatClaims;

    @Inject
    AttendanceReconciliation attendance;

    @Inject
    MonthBackfill months;

    @Inject
    JournalRetention journal;

    @Inject
    JournalBackfill unjournaled;

    @Inject
    ExchangeEventStore events;

    @ConfigProperty(name = "events.seat-claims.every")
    Duration seatClaimsEvery;

    @ConfigProperty(name = "events.recount.every")
    Duration recountEvery;

    @ConfigProperty(name = "journal.prune.every")
    Duration pruneEvery;

    private ScheduledExecutorService schedule;

    void start(@Observes StartupEvent startup) {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "events-housekeeping"));
        every(seatClaimsEvery, "Seat claims", seatClaims::reconcile);
        every(recountEvery, "Start months", months::backfill);
        every(recountEvery, "Attendance counts", attendance::reconcile);
        every(pruneEvery, "Journal retention", () -> journal.prune(Instant.now()));
        schedule.execute(guarded("Records stored before the journal", unjournaled::backfill));
        every(recountEvery, "Journaled seats", events::journalStaleSeats);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        schedule.shutdownNow();
    }

    private void every(Duration period, String what, Runnable repair) {
        schedule.scheduleWithFixedDelay(
                guarded(what, repair), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Runnable guarded(String what, Runnable repair) {
        return () -> {
            try {
                repair.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s not repaired this time", what);
            }
        };
    }
}
