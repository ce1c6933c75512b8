package org.southsouth.gateway.limits;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.southsouth.gateway.auth.Identity;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * One token bucket per client, sized by the client's own limit (carried in its token) or the default. Held in
 * memory per gateway instance: with N instances behind a balancer a client gets up to N times its limit.
 */
@Singleton
public class RateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    GatewaySettings config;

    /** Takes one request, or a batch's {@link BatchCost}, from the client's allowance. */
    public RateDecision take(Identity identity, int cost) {
        int limit = identity.rateLimitPerMinute() != null
                ? identity.rateLimitPerMinute()
                : config.rateLimit().requestsPerMinute();
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(
                identity.clientId(),
                (client, existing) ->
                        existing != null && existing.capacity() == limit ? existing : new TokenBucket(limit, now));
        return bucket.take(now, cost);
    }

    /** Returns the request's token (a conditional read answered 304); the requests remaining after it. */
    public int giveBack(Identity identity) {
        TokenBucket bucket = buckets.get(identity.clientId());
        return bucket == null ? 0 : bucket.giveBack();
    }
}
