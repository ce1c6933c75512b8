package org.southsouth.backbone;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How hard a service's consumers try a record before it goes to the dead-letter topic, and how soon a consumer that
 * failed outside its handler starts again. The services' wiring passes
 * it to {@link TopicConsumers}; this module reads no configuration itself.
 */
@ConfigMapping(prefix = "consumer")
public interface ConsumerRetries {

    /** Attempts per record, the first included, before it goes to {@code <topic>.dlq} and the partition moves on. */
    @WithDefault("4")
    int maxAttempts();

    /** Pause after the first failed attempt, doubled after each further one. */
    @WithDefault("PT0.1S")
    Duration firstBackoff();

    /**
     * Pause before a consumer that failed outside its handler (a commit timing out while Kafka is away) starts again
     * from the committed offsets; doubled after each restart that committed nothing, back to this after one that did.
     */
    @WithDefault("PT1S")
    Duration firstRestartDelay();

    /** The longest pause between restarts. */
    @WithDefault("PT30S")
    Duration maxRestartDelay();

    /** The defaults above, for a consumer run without a configuration (tests, benchmarks). */
    static ConsumerRetries defaults() {
        return new SmallRyeConfigBuilder()
                .withMapping(ConsumerRetries.class)
                .build()
                .getConfigMapping(ConsumerRetries.class);
    }
}
