package org.southsouth.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aRefusalSaysTheSameTrueWaitInResetAndRetryAfter() {
        TokenBucket bucket = new TokenBucket(2, 0);
        bucket.take(0);
        RateDecision last = bucket.take(0);
        assertEquals(0, last.remaining());
        assertEquals(30, last.resetSeconds(), "with nothing left, the reset is when the next request goes through");
        RateDecision refused = bucket.take(10 * SECOND);
        assertFalse(refused.granted());
        assertEquals(20, refused.retryAfterSeconds());
        assertEquals(20, refused.resetSeconds());
    }

    @Test
    void withRequestsLeftTheResetIsWhenTheBucketIsFull() {
        TokenBucket bucket = new TokenBucket(60, 0);
        RateDecision first = bucket.take(0);
        assertEquals(59, first.remaining());
        assertEquals(1, first.resetSeconds());
        assertEquals(0, first.retryAfterSeconds());
    }
}
