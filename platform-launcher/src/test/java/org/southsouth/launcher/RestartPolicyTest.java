package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void waitsTwiceAsLongAfterEachFailureUpTo30SecondsThenGivesUpAtTheEighthWithinTenMinutes() {
        RestartPolicy.Failures failures = RestartPolicy.standard().failures();
        List<Optional<Duration>> waits = IntStream.range(0, 8)
                .mapToObj(i -> failures.afterFailure(i * 70 * SECOND))
                .toList();
        assertEquals(
                List.of(1, 2, 4, 8, 16, 30, 30).stream()
                        .map(s -> Optional.of(Duration.ofSeconds(s)))
                        .toList(),
                waits.subList(0, 7));
        assertEquals(Optional.empty(), waits.get(7), "the eighth failure within 10 minutes (at 8 min 10 s)");
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        RestartPolicy.Failures failures = RestartPolicy.standard().failures();
        for (int i = 0; i < 7; i++) {
            failures.afterFailure(i * SECOND);
        }
        assertEquals(
                Optional.of(Duration.ofSeconds(1)),
                failures.afterFailure(700 * SECOND),
                "a service that ran well for longer than the window starts again after the first delay");
        assertEquals(Optional.of(Duration.ofSeconds(2)), failures.afterFailure(701 * SECOND));
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverExhaustIt() {
        RestartPolicy.Failures failures = RestartPolicy.standard().failures();
        for (int i = 0; i < 30; i++) {
            assertTrue(failures.afterFailure(i * 90 * SECOND).isPresent(), "failure " + (i + 1));
        }
    }

    @Test
    void eachServiceCountsItsOwnFailures() {
        RestartPolicy policy = RestartPolicy.standard();
        RestartPolicy.Failures first = policy.failures();
        for (int i = 0; i < 7; i++) {
            first.afterFailure(i * SECOND);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), policy.failures().afterFailure(8 * SECOND));
    }
}
