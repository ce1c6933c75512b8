package org.southsouth.events.journal;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.southsouth.events.config.EventsJournalSettings;

/**
 * Moves the entries pending in the records' documents into the journal, a little after each change made here
 * ({@link #entryMade}), and now and then otherwise for entries an instance that died left behind. Moving is
 * idempotent (insert by entry id, then pull from the document), so instances side by side and a move interrupted by
 * a crash store each entry once; until an entry is moved, the changes feed stops below it.
 */
@ApplicationScoped
public class JournalRelay {

    private static final Logger LOG = Logger.getLogger(JournalRelay.class);

    @Inject
    RecordJournal journal;

    @Inject
    EventsJournalSettings settings;

    private ScheduledExecutorService schedule;

    /** Until when entries made here may still be landing; read by the relay's thread. */
    private volatile long busyUntilNanos = System.nanoTime();

    /** Only the relay's thread touches it. */
    private long lastLookNanos;

    void start(@Observes StartupEvent startup) {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "journal-relay");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.relay().every().toMillis();
        lastLookNanos = System.nanoTime() - settings.relay().idleEvery().toNanos();
        schedule.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Call when an entry is made, before the write that carries it: the relay then looks every {@code relay.every}
     * for the {@link #busyWindow}, and only every {@code relay.idle-every} after.
     */
    void entryMade() {
        busyUntilNanos = System.nanoTime() + busyWindow().toNanos();
    }

    /**
     * {@code settle}, by when the write has landed, plus two looks: one look then comes after the latest landing
     * whatever the phase of the schedule, so no entry waits for {@code relay.idle-every} (nor does any with a
     * {@code settle} shorter than a look).
     */
    Duration busyWindow() {
        return settings.settle().plus(settings.relay().every().multipliedBy(2));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        schedule.shutdownNow();
    }

    /** Moves every pending entry now; returns how many it moved. */
    public int moveAll() {
        int moved = 0;
        for (JournalFamily family : JournalFamily.values()) {
            moved += journal.movePending(family);
        }
        return moved;
    }

    private void runOnce() {
        long now = System.nanoTime();
        boolean busy = now - busyUntilNanos < 0;
        if (!busy && now - lastLookNanos < settings.relay().idleEvery().toNanos()) {
            return;
        }
        lastLookNanos = now;
        try {
            moveAll();
        } catch (RuntimeException e) {
            LOG.warnf("Journal entries not moved this time, retrying: %s", e.getMessage());
        }
    }
}
