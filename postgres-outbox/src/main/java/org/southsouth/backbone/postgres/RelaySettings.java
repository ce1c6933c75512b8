package org.southsouth.backbone.postgres;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a relay runs, and how many slots the writer spreads the rows over. */
@ConfigMapping(prefix = "outbox.relay")
public interface RelaySettings {

    /**
     * Ownership slots; the relays of a service's instances share them, one owner per slot at a time, so more slots
     * spread the work over more instances. Every instance must be told the same number.
     */
    @WithDefault("8")
    int slots();

    /** Rows sent per pass, over all the slots the relay holds. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for a commit's notification before it looks for unsent rows anyway. */
    @WithDefault("PT1S")
    Duration fallbackPoll();

    /** The longest pause between attempts while Kafka is away; the pauses double up to it. */
    @WithDefault("PT10S")
    Duration maxBackoff();

    /** How long sent rows are kept (for inspection) before they are deleted. */
    @WithDefault("PT10M")
    Duration sentRetention();

    /** The defaults above, for a relay run without a configuration (tests, benchmarks). */
    static RelaySettings defaults() {
        return new SmallRyeConfigBuilder()
                .withMapping(RelaySettings.class)
                .build()
                .getConfigMapping(RelaySettings.class);
    }
}
