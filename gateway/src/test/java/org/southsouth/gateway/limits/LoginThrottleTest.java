package org.southsouth.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.southsouth.gateway.config.GatewaySettings;

class LoginThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final LoginThrottle throttle = new LoginThrottle(limits(3, 5, Duration.ofSeconds(60)), now::get);

    @Test
    void aClientIdIsBlockedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.secondsBlocked("partner-a", "10.0.0." + i));
            throttle.failed("partner-a", "10.0.0." + i);
        }
        now.addAndGet(20 * SECOND);
        assertEquals(40, throttle.secondsBlocked("partner-a", "10.0.0.9"));
        assertEquals(0, throttle.secondsBlocked("partner-b", "10.0.0.9"));
        now.addAndGet(40 * SECOND);
        assertEquals(0, throttle.secondsBlocked("partner-a", "10.0.0.9"));
    }

    @Test
    void anAddressIsBlockedAfterItsFailuresWhateverClientIdsItTries() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess-" + i, "203.0.113.7");
        }
        assertEquals(60, throttle.secondsBlocked("partner-b", "203.0.113.7"));
        assertEquals(0, throttle.secondsBlocked("partner-b", "198.51.100.1"));
    }

    @Test
    void aSuccessClearsItsClientsFailures() {
        throttle.failed("partner-a", "10.0.0.1");
        throttle.failed("partner-a", "10.0.0.2");
        throttle.succeeded("partner-a");
        throttle.failed("partner-a", "10.0.0.3");
        throttle.failed("partner-a", "10.0.0.4");
        assertEquals(0, throttle.secondsBlocked("partner-a", "10.0.0.5"));
    }

    private static GatewaySettings.FailedLogins limits(int perClient, int perAddress, Duration window) {
        return new GatewaySettings.FailedLogins() {
            @Override
            public int perClient() {
                return perClient;
            }

            @Override
            public int perAddress() {
                return perAddress;
            }

            @Override
            public Duration window() {
                return window;
            }
        };
    }
}
