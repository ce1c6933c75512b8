package org.southsouth.volunteer.journal;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.southsouth.journal.JdbcRecordJournal;
import org.southsouth.journal.JournalUpkeep;

/**
 * Runs this service's journal upkeep ({@link JournalUpkeep}): {@link JournalBackfill} once at start on a worker,
 * then a prune every {@code journal.prune.every} by {@code journal.retention} and
 * {@code journal.tombstone-retention}.
 */
@ApplicationScoped
public class JournalRetention {

    @Inject
    JdbcRecordJournal journal;

    @Inject
    JournalBackfill backfill;

    @Inject
    ManagedExecutor executor;

    @ConfigProperty(name = "journal.retention")
    Optional<Duration> retention;

    @ConfigProperty(name = "journal.tombstone-retention")
    Duration tombstoneRetention;

    private JournalUpkeep upkeep;

    @PostConstruct
    void create() {
        upkeep = new JournalUpkeep(journal, retention, tombstoneRetention);
    }

    void start(@Observes StartupEvent startup) {
        executor.execute(() -> JournalUpkeep.backfill(backfill::backfill));
    }

    @Scheduled(
            identity = "journal-retention",
            every = "${journal.prune.every}",
            delayed = "${journal.prune.every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduledPrune() {
        prune();
    }

    /** How many entries this run removed. */
    public long prune() {
        return upkeep.prune();
    }
}
