package org.southsouth.journal.postgres;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How long a service's record journal keeps entries and how often it is pruned ({@link JournalRetention}). */
@ConfigMapping(prefix = "journal")
public interface JournalSettings {

    /**
     * Entries older than this (an ISO-8601 duration in days or less, e.g. {@code P400D}) are removed, except each
     * record's latest state, which the changes feed needs; unset, history is kept as long as the record exists.
     */
    Optional<Duration> retention();

    /** What is left of a record deleted longer ago than this is removed. */
    @WithDefault("P30D")
    Duration tombstoneRetention();

    Prune prune();

    interface Prune {
        /** How often the journal is pruned. */
        @WithDefault("PT1H")
        Duration every();
    }
}
