package org.southsouth.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Everything events-service itself can be told, under {@code events.}; its journal's keys keep the {@code journal.}
 * names the PostgreSQL services use too ({@link EventsJournalSettings}).
 */
@ConfigMapping(prefix = "events")
public interface EventsSettings {

    Consumer consumer();

    SeatClaims seatClaims();

    Recount recount();

    OutboxRelay outboxRelay();

    Readiness readiness();

    interface Consumer {
        /**
         * Instances share one consumer group, so Kafka partitions spread the load between them: {@code <group>} for
         * volunteers, {@code <group>.organizations} for organizations.
         */
        @WithDefault("events-service")
        String group();
    }

    interface SeatClaims {
        /**
         * A seat claim older than this belongs to a request that died: its seats not held by a participation go back.
         * Far longer than a registration takes.
         */
        @WithDefault("PT2M")
        Duration grace();

        /** How often each instance looks for such claims ({@code Housekeeping}). */
        @WithDefault("PT1M")
        Duration every();
    }

    interface Recount {
        /**
         * How often each instance repairs what a crash left behind: stale attendance counts, events without a start
         * month, seat counts not yet journaled ({@code Housekeeping}).
         */
        @WithDefault("PT5M")
        Duration every();

        /**
         * A writer that marked counts (attendance counters, statistics summaries) and has not recounted them this long
         * after the latest mark died: the repair recounts them and releases its mark ({@code CountRevisions}). Far
         * longer than a write with its recount takes, a batch's included.
         */
        @WithDefault("PT2M")
        Duration grace();

        /**
         * How often each instance looks whether the statistics summaries are missing (records loaded around the
         * service, an upgrade of their format) and counts them if so ({@code Housekeeping}); meanwhile the statistics
         * are counted from the records on every request. One read by id when nothing is missing.
         */
        @WithDefault("PT10S")
        Duration fillEvery();
    }

    interface OutboxRelay {
        /**
         * How long a relay holds the documents it leased; a crashed relay's documents are taken over after it. Far
         * longer than sending one lease's events takes.
         */
        @WithDefault("PT30S")
        Duration lease();

        /** Documents leased at once; their events are sent well within the lease. */
        @WithDefault("100")
        int leaseBatch();

        /**
         * How soon the relay looks again for pending events after a pass that found none when no write woke it (writes
         * wake it; a look finds what another instance left, e.g. one that died before sending).
         */
        @WithDefault("PT1S")
        Duration poll();

        /**
         * The longest wait between looks while nothing is found, the wait doubling from {@link #poll} after each
         * empty look: a look scans every relayed collection where no index answers it (the Mongo-wire stand-in), a
         * million participations in the impact benchmark (issue 18).
         */
        @WithDefault("PT10S")
        Duration idlePoll();

        /** How long the relay lets writes gather after a pass that sent something, so one pass leases many documents. */
        @WithDefault("PT0.1S")
        Duration linger();

        /** The longest pause between attempts while Kafka or MongoDB fails (from 200 ms, doubling). */
        @WithDefault("PT10S")
        Duration maxBackoff();
    }

    interface Readiness {
        /** Longest wait for Kafka to answer the readiness probe before it is reported unreachable (degraded). */
        @WithDefault("PT2S")
        Duration kafkaTimeout();
    }
}
