package org.southsouth.gateway.limits;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.OptionalInt;

/**
 * What a request counts as against its client's rate limit. A batch ({@code POST …/bulk}, up to 500 items) does more
 * work than one request but far less than its items one by one: it counts as 1 request plus 1 per started
 * {@value #BYTES_PER_REQUEST} bytes (100 KiB) of body, read from {@code Content-Length} so the gateway never parses
 * or holds a body (a 500-volunteer batch of about 300 KiB counts as 4). The rate limiter never takes more than the
 * client's whole per-minute limit for one request.
 */
public final class BatchCost {

    public static final int BYTES_PER_REQUEST = 100 * 1024;
    private static final String BATCH_SUFFIX = "/bulk";

    private BatchCost() {}

    /** The requests this one counts as; empty for a batch that does not say its size in Content-Length. */
    public static OptionalInt of(HttpServerRequest request) {
        if (!isBatch(request)) {
            return OptionalInt.of(1);
        }
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(ofBytes(Long.parseLong(length.strip())));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Whether the request is a batch: {@code POST} to a path ending in {@code /bulk}. */
    public static boolean isBatch(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && request.path().endsWith(BATCH_SUFFIX);
    }

    /** 1 plus 1 per started 100 KiB. */
    static int ofBytes(long bytes) {
        long blocks = (Math.max(bytes, 0) + BYTES_PER_REQUEST - 1) / BYTES_PER_REQUEST;
        return (int) Math.min(Integer.MAX_VALUE, 1 + blocks);
    }
}
