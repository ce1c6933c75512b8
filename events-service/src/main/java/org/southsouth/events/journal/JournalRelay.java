package org.southsouth.events.journal;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.southsouth.events.config.EventsJournalSettings;

/**
 * Moves the entries pending in the records' documents into the journal, a little after each change. Moving is
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

    void start(@Observes StartupEvent startup) {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "journal-relay");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.relay().every().toMillis();
        schedule.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
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
        try {
            moveAll();
        } catch (RuntimeException e) {
            LOG.warnf("Journal entries not moved this time, retrying: %s", e.getMessage());
        }
    }
}
