package org.southsouth.webhook.delivery;

import java.time.Duration;

/**
 * What one attempt of a delivery came to.
 *
 * @param statusCode      the receiver's HTTP status; null when no response came
 * @param error           why the attempt failed, in words for the delivery log; null on success
 * @param responseExcerpt the start of the receiver's response body
 * @param retryAfter      the receiver's Retry-After on 429 or 503; null otherwise
 */
public record AttemptResult(
        Integer statusCode, long latencyMs, String error, String responseExcerpt, Duration retryAfter) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** The receiver says the endpoint is gone for good: stop delivering to it. */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    static AttemptResult noResponse(long latencyMs, String error) {
        return new AttemptResult(null, latencyMs, error, null, null);
    }
}
