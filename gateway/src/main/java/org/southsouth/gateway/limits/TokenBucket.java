package org.southsouth.gateway.limits;

/**
 * A token bucket holding up to {@code capacity} requests, refilled evenly at {@code capacity} per minute: a client
 * may burst its whole minute's allowance, then proceeds at the steady rate.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long now) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    int capacity() {
        return capacity;
    }

    synchronized RateDecision take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
        boolean granted = tokens >= 1;
        if (granted) {
            tokens -= 1;
        }
        long untilFull = seconds((capacity - tokens) / tokensPerNano);
        long untilNext = granted ? 0 : Math.max(1, seconds((1 - tokens) / tokensPerNano));
        return new RateDecision(granted, capacity, (int) Math.floor(tokens), untilFull, untilNext);
    }

    private static long seconds(double nanos) {
        return (long) Math.ceil(nanos / 1e9);
    }
}
