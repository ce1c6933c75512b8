package org.southsouth.launcher;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When to start again a service that exited on its own: after 1 s, then twice as long after each further recent
 * failure up to 30 s, and not at all once it has failed 8 times within 10 minutes. The window is wide enough that a
 * service dying during its ~40 s start-up is given up on too (8 start-ups and waits take about 7 minutes); failures
 * older than the window are forgotten, so a service that ran well for a while starts again after 1 s.
 *
 * @param firstDelay  the wait after a first failure
 * @param maxDelay    the longest wait
 * @param maxFailures failures within the window after which the service is left stopped
 * @param window      how long a failure counts
 */
record RestartPolicy(Duration firstDelay, Duration maxDelay, int maxFailures, Duration window) {

    static RestartPolicy standard() {
        return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 8, Duration.ofMinutes(10));
    }

    /** A new record of failures under this policy, one per supervised service. */
    Failures failures() {
        return new Failures(this);
    }

    /** The failures of one service. */
    static final class Failures {

        private final RestartPolicy policy;
        private final Deque<Long> recent = new ArrayDeque<>();

        private Failures(RestartPolicy policy) {
            this.policy = policy;
        }

        /** Records a failure at {@code now} (nanoseconds); the wait before the next start, or empty to give up. */
        synchronized Optional<Duration> afterFailure(long now) {
            while (!recent.isEmpty() && now - recent.peekFirst() >= policy.window.toNanos()) {
                recent.removeFirst();
            }
            recent.addLast(now);
            if (recent.size() >= policy.maxFailures) {
                return Optional.empty();
            }
            Duration doubled = policy.firstDelay.multipliedBy(1L << Math.min(recent.size() - 1, 30));
            return Optional.of(doubled.compareTo(policy.maxDelay) > 0 ? policy.maxDelay : doubled);
        }
    }
}
