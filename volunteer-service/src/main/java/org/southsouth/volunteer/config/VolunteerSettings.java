package org.southsouth.volunteer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything volunteer-service itself can be told (the shared modules read their own keys: {@code outbox.*},
 * {@code journal.*}).
 */
@ConfigMapping(prefix = "volunteer")
public interface VolunteerSettings {

    Consumer consumer();

    interface Consumer {
        /**
         * Instances share one consumer group, so Kafka partitions spread the load between them: {@code <group>} for
         * organizations, {@code <group>.participations} for participations.
         */
        @WithDefault("volunteer-service")
        String group();
    }
}
