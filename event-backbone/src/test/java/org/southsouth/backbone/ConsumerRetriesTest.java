package org.southsouth.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consumers' defaults are the values they always ran with, and each key overrides its own. */
class ConsumerRetriesTest {

    @Test
    void unsetKeysKeepTheFormerValues() {
        ConsumerRetries retries = ConsumerRetries.defaults();

        assertEquals(4, retries.maxAttempts());
        assertEquals(Duration.ofMillis(100), retries.firstBackoff());
        assertEquals(Duration.ofSeconds(1), retries.firstRestartDelay());
        assertEquals(Duration.ofSeconds(30), retries.maxRestartDelay());
    }

    @Test
    void configuredKeysReachTheConsumerSettings() {
        ConsumerRetries retries = new SmallRyeConfigBuilder()
                .withMapping(ConsumerRetries.class)
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "consumer.max-attempts", "2",
                                "consumer.first-backoff", "PT1S",
                                "consumer.first-restart-delay", "PT2S",
                                "consumer.max-restart-delay", "PT1M"),
                        "test",
                        100))
                .build()
                .getConfigMapping(ConsumerRetries.class);

        ConsumerSettings settings = ConsumerSettings.of(Map.of(), "group", List.of("topic"), retries);

        assertEquals(2, settings.maxAttempts());
        assertEquals(Duration.ofSeconds(1), settings.firstBackoff());
        assertEquals(Duration.ofSeconds(2), settings.firstRestartDelay());
        assertEquals(Duration.ofMinutes(1), settings.maxRestartDelay());
    }
}
