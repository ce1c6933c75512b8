package org.southsouth.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aBatchTakesItsWholeCostOrNothing() {
        TokenBucket bucket = new TokenBucket(60, 0);
        assertEquals(55, bucket.take(0, 5).remaining());
        bucket.take(0, 53);
        RateDecision refused = bucket.take(0, 3);
        assertFalse(refused.granted());
        assertEquals(2, refused.remaining(), "a refused batch takes nothing");
        assertEquals(1, refused.retryAfterSeconds(), "one more request comes back in a second at 60 per minute");
        assertTrue(bucket.take(SECOND, 3).granted());
    }

    @Test
    void aBatchCostingMoreThanTheWholeLimitTakesTheWholeLimit() {
        TokenBucket bucket = new TokenBucket(3, 0);
        RateDecision batch = bucket.take(0, 101);
        assertTrue(batch.granted());
        assertEquals(3, batch.cost());
        assertEquals(0, batch.remaining());
    }
}
