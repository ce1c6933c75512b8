package org.southsouth.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One upstream's circuit: closed, it lets everything through and counts consecutive failures; at the threshold
 * it opens and refuses at once for the cool-down; then it lets exactly one probe through (half-open), whose
 * outcome closes it again or re-opens it for another cool-down. The proxy reports a probe's outcome when its answer's
 * body has ended (at the head only for a 502/503/504), so while a long answer streams as the probe, every other
 * request to that upstream is still refused.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int failureThreshold;
    private final long coolDownNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;

    public CircuitBreaker(int failureThreshold, Duration coolDown, LongSupplier clock) {
        this.failureThreshold = failureThreshold;
        this.coolDownNanos = coolDown.toNanos();
        this.clock = clock;
    }

    /** Whether a request may go to the upstream now; when open and cooled down, this request becomes the probe. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= coolDownNanos) {
            state = State.HALF_OPEN;
            return true;
        }
        return state == State.CLOSED;
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
        }
    }

    /** Whole seconds until a probe will be let through (at least 1), for {@code Retry-After}. */
    public synchronized long secondsUntilProbe() {
        long left = state == State.OPEN ? coolDownNanos - (clock.getAsLong() - openedAt) : coolDownNanos;
        return Math.max(1, (long) Math.ceil(left / 1e9));
    }

    public synchronized State state() {
        return state;
    }
}
