package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void waitsTwiceAsLongAfterEachFailureThenGivesUpAtTheFifthWithinTwoMinutes() {
        RestartPolicy policy = new RestartPolicy();
        assertEquals(Optional.of(Duration.ofSeconds(1)), policy.afterFailure(0));
        assertEquals(Optional.of(Duration.ofSeconds(2)), policy.afterFailure(10 * SECOND));
        assertEquals(Optional.of(Duration.ofSeconds(4)), policy.afterFailure(20 * SECOND));
        assertEquals(Optional.of(Duration.ofSeconds(8)), policy.afterFailure(30 * SECOND));
        assertEquals(Optional.empty(), policy.afterFailure(119 * SECOND));
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        RestartPolicy policy = new RestartPolicy();
        for (int i = 0; i < 4; i++) {
            policy.afterFailure(i * SECOND);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), policy.afterFailure(200 * SECOND),
                "a service that ran well for longer than the window starts again after the first delay");
        assertEquals(Optional.of(Duration.ofSeconds(2)), policy.afterFailure(201 * SECOND));
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverExhaustIt() {
        RestartPolicy policy = new RestartPolicy();
        for (int i = 0; i < 20; i++) {
            assertTrue(policy.afterFailure(i * 31 * SECOND).isPresent(), "failure " + (i + 1));
        }
    }
}
