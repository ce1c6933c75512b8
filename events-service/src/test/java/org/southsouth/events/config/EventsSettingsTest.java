package org.southsouth.events.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings' defaults are the values the service always had, and a configured key overrides its default. */
class EventsSettingsTest {

    @Test
    void unsetKeysKeepTheFormerValues() {
        SmallRyeConfig config = config(Map.of());
        EventsSettings events = config.getConfigMapping(EventsSettings.class);
        EventsJournalSettings journal = config.getConfigMapping(EventsJournalSettings.class);

        assertEquals("events-service", events.consumer().group());
        assertEquals(Duration.ofMinutes(2), events.seatClaims().grace());
        assertEquals(Duration.ofSeconds(30), events.outboxRelay().lease());
        assertEquals(100, events.outboxRelay().leaseBatch());
        assertEquals(Duration.ofSeconds(2), events.readiness().kafkaTimeout());
        assertTrue(journal.retention().isEmpty());
        assertEquals(Duration.ofDays(30), journal.tombstoneRetention());
        assertEquals(Duration.ofSeconds(5), journal.settle());
        assertEquals(Duration.ofMillis(250), journal.relay().every());
        assertEquals(Duration.ofSeconds(1), events.outboxRelay().poll());
    }

    @Test
    void idleRelaysLookForLeftoversEveryTenSeconds() {
        SmallRyeConfig config = config(Map.of());

        assertEquals(
                Duration.ofSeconds(10),
                config.getConfigMapping(EventsSettings.class).outboxRelay().idlePoll());
        assertEquals(
                Duration.ofSeconds(10),
                config.getConfigMapping(EventsJournalSettings.class).relay().idleEvery());
    }

    @Test
    void aConfiguredKeyOverridesItsDefault() {
        SmallRyeConfig config = config(Map.of(
                "events.outbox-relay.lease", "PT1M",
                "events.seat-claims.grace", "PT10M",
                "journal.retention", "P730D"));

        assertEquals(
                Duration.ofMinutes(1),
                config.getConfigMapping(EventsSettings.class).outboxRelay().lease());
        assertEquals(
                Duration.ofMinutes(10),
                config.getConfigMapping(EventsSettings.class).seatClaims().grace());
        assertEquals(
                Duration.ofDays(730),
                config.getConfigMapping(EventsJournalSettings.class).retention().orElseThrow());
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(EventsSettings.class)
                .withMapping(EventsJournalSettings.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }
}
