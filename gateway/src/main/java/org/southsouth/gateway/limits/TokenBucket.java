package org.southsouth.gateway.limits;

/**
 * A token bucket holding up to {@code capacity} requests, refilled evenly at {@code capacity} per minute: a client
 * may burst its whole minute's allowance, then proceeds at the steady rate. The reset it reports is the time until the
 * bucket is full again, or, once it is empty, until the next request is allowed.
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
        return take(now, 1);
    }

    /** Takes {@code cost} requests at once (a batch), all or none; a cost over the capacity takes the capacity. */
    synchronized RateDecision take(long now, int cost) {
        int taken = Math.min(cost, capacity);
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
        boolean granted = tokens >= taken;
        if (granted) {
            tokens -= taken;
        }
        int remaining = (int) Math.floor(tokens);
        // Refused, the wait is until the bucket holds this request's cost; granted, until the next single request.
        long untilNext = Math.max(1, seconds(((granted ? 1 : taken) - tokens) / tokensPerNano));
        // With nothing left, the reset a client needs is when its next request goes through, which Retry-After says
        // too.
        long reset = remaining == 0 ? untilNext : seconds((capacity - tokens) / tokensPerNano);
        return new RateDecision(granted, capacity, remaining, reset, granted ? 0 : untilNext, taken);
    }

    /** A request that turned out to cost nothing (a 304) takes nothing from the allowance. */
    synchronized int giveBack() {
        tokens = Math.min(capacity, tokens + 1);
        return (int) Math.floor(tokens);
    }

    private static long seconds(double nanos) {
        return (long) Math.ceil(nanos / 1e9);
    }
}
