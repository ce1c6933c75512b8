package org.southsouth.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The record journal's keys, under {@code journal.} like partner- and volunteer-service's (postgres-journal), plus
 * the two a journal without transactions needs ({@code settle}, {@code relay.every}).
 */
@ConfigMapping(prefix = "journal")
public interface EventsJournalSettings {

    /**
     * Entries older than this are removed, except each record's newest among them; unset, history is kept as long as
     * the record exists.
     */
    Optional<Duration> retention();

    /** The entries of a record removed for good go this long after its removal. */
    @WithDefault("P30D")
    Duration tombstoneRetention();

    Prune prune();

    /**
     * The changes feed serves no entry younger than this: a write lands within it of taking its sequence, or its
     * writer is taken for dead. Changes show up in a feed about this long after they are made.
     */
    @WithDefault("PT5S")
    Duration settle();

    Relay relay();

    interface Prune {
        /** How often the journal is pruned ({@code Housekeeping}). */
        @WithDefault("PT1H")
        Duration every();
    }

    interface Relay {
        /**
         * How often entries pending in the records' documents are moved to the journal collection while this instance
         * makes entries: until {@link #settle} after the latest one, by which time its write has landed.
         */
        @WithDefault("PT0.25S")
        Duration every();

        /**
         * How often they are looked for otherwise, for entries an instance that died left behind: a look scans every
         * journaled collection where no index answers it (the Mongo-wire stand-in), a million participations in the
         * impact benchmark, four times a second when looked for as often as {@link #every} (issue 18).
         */
        @WithDefault("PT10S")
        Duration idleEvery();
    }
}
