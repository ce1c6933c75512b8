package org.southsouth.backbone.postgres;

import java.time.Duration;

/**
 * How a relay runs.
 *
 * @param slots          ownership slots; relays of several instances share them, one owner per slot at a time
 * @param batchSize      rows sent per pass, over all the slots the relay holds
 * @param fallbackPoll   how long to wait for a commit notification before looking anyway
 * @param maxBackoff     longest pause between attempts while Kafka is away
 * @param sentRetention  how long sent rows are kept (for inspection) before they are deleted
 */
public record RelaySettings(
        int slots, int batchSize, Duration fallbackPoll, Duration maxBackoff, Duration sentRetention) {

    public static RelaySettings defaults() {
        return new RelaySettings(8, 500, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(10));
    }
}
