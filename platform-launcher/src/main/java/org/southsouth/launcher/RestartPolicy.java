package org.southsouth.launcher;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When to start again a service that exited on its own: after 1 s, then 2, 4 and 8 s the more often it failed lately,
 * and not at all once it has failed 5 times within 2 minutes (so the wait never exceeds 8 s). Failures older than the
 * window are forgotten: a service that ran well for a while starts again after 1 s.
 */
final class RestartPolicy {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(2);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final Deque<Long> recentFailures = new ArrayDeque<>();

    /** Records a failure at {@code now} (nanoseconds); the wait before the next start, or empty to give up. */
    synchronized Optional<Duration> afterFailure(long now) {
        while (!recentFailures.isEmpty() && now - recentFailures.peekFirst() >= WINDOW.toNanos()) {
            recentFailures.removeFirst();
        }
        recentFailures.addLast(now);
        if (recentFailures.size() >= MAX_FAILURES) {
            return Optional.empty();
        }
        return Optional.of(FIRST_DELAY.multipliedBy(1L << (recentFailures.size() - 1)));
    }
}
