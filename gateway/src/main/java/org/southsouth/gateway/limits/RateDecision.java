package org.southsouth.gateway.limits;

/**
 * The rate limit's answer for one request, with what the {@code RateLimit-*} headers and {@code Retry-After} say, and
 * how many requests it counted as (more than one for a batch).
 */
public record RateDecision(
        boolean granted, int limit, int remaining, long resetSeconds, long retryAfterSeconds, int cost) {}
