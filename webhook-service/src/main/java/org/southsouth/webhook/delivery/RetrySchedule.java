package org.southsouth.webhook.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When the next attempt of a delivery is due: the schedule's delay for that attempt moved by up to {@code jitter}
 * either way, or later when the receiver asked so with Retry-After (up to {@code maxRetryAfter}); none once the
 * schedule is used up.
 */
public record RetrySchedule(List<Duration> delays, double jitter, Duration maxRetryAfter) {

    /** The wait after {@code attemptsMade} failed attempts; empty when that was the last one. */
    public Optional<Duration> after(int attemptsMade, Duration retryAfter) {
        if (attemptsMade >= delays.size()) {
            return Optional.empty();
        }
        Duration delay = jittered(delays.get(attemptsMade));
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
            delay = asked.compareTo(delay) > 0 ? asked : delay;
        }
        return Optional.of(delay);
    }

    public int attempts() {
        return delays.size();
    }

    private Duration jittered(Duration delay) {
        if (jitter <= 0 || delay.isZero()) {
            return delay;
        }
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }
}
