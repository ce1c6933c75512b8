package org.southsouth.volunteer.journal;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.southsouth.journal.JdbcRecordJournal;
import org.southsouth.journal.JournalUpkeep;

/**
 * Runs this service's journal upkeep ({@link JournalUpkeep}): {@link JournalBackfill} once at start, then a prune
 * every {@code journal.prune.every} by {@code journal.retention} and {@code journal.tombstone-retention}.
 */
@ApplicationScoped
public class JournalRetention {

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

    private JournalUpkeep upkeep;

    void start(@Observes StartupEvent startup) {
        upkeep = new JournalUpkeep(journal, retention, tombstoneRetention);
        upkeep.start(backfill::backfill, every);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        upkeep.stop();
    }

    /** How many entries this run removed. */
    public long prune() {
        return upkeep.prune();
    }
}
