package org.southsouth.events.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.southsouth.events.config.EventsJournalSettings;

/**
 * A write lands at the latest {@code settle} after its entry was made; the relay must still look at least once after
 * that before it falls back to looking every {@code relay.idle-every}, or the entry and every feed below it wait.
 */
class JournalRelayTest {

    private static final Duration EVERY = Duration.ofMillis(250);

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT0.1S", "PT5S"})
    void theRelayLooksAgainAfterTheLatestMomentAWriteCanLand(String settle) {
        JournalRelay relay = new JournalRelay();
        relay.settings = settings(settle);

        Duration latestLanding = Duration.parse(settle);
        Duration lastScheduledLookAfterIt = latestLanding.plus(EVERY);
        assertTrue(
                relay.busyWindow().compareTo(lastScheduledLookAfterIt) > 0,
                "busy for " + relay.busyWindow() + ", a look after the landing may come only at "
                        + lastScheduledLookAfterIt);
    }

    private static EventsJournalSettings settings(String settle) {
        return new SmallRyeConfigBuilder()
                .withMapping(EventsJournalSettings.class)
                .withSources(new PropertiesConfigSource(
                        Map.of("journal.settle", settle, "journal.relay.every", EVERY.toString()), "test", 100))
                .build()
                .getConfigMapping(EventsJournalSettings.class);
    }
}
