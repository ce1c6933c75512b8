package org.southsouth.backbone.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay's defaults are the values it always ran with, and each key overrides its own. */
class RelaySettingsTest {

    @Test
    void unsetKeysKeepTheFormerValues() {
        RelaySettings settings = RelaySettings.defaults();

        assertEquals(8, settings.slots());
        assertEquals(500, settings.batchSize());
        assertEquals(Duration.ofSeconds(1), settings.fallbackPoll());
        assertEquals(Duration.ofSeconds(10), settings.maxBackoff());
        assertEquals(Duration.ofMinutes(10), settings.sentRetention());
    }

    @Test
    void aConfiguredKeyOverridesItsDefault() {
        RelaySettings settings = new SmallRyeConfigBuilder()
                .withMapping(RelaySettings.class)
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "outbox.relay.slots", "16",
                                "outbox.relay.batch-size", "100",
                                "outbox.relay.fallback-poll", "PT0.25S",
                                "outbox.relay.max-backoff", "PT30S",
                                "outbox.relay.sent-retention", "PT1H"),
                        "test",
                        100))
                .build()
                .getConfigMapping(RelaySettings.class);

        assertEquals(16, settings.slots());
        assertEquals(100, settings.batchSize());
        assertEquals(Duration.ofMillis(250), settings.fallbackPoll());
        assertEquals(Duration.ofSeconds(30), settings.maxBackoff());
        assertEquals(Duration.ofHours(1), settings.sentRetention());
    }
}
