package org.southsouth.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key in fixed windows: once a key has failed {@code maxFailures} times within one window it is
 * blocked until that window ends. Windows that ended are dropped when the map grows, so keys sprayed by an attacker
 * do not pile up.
 */
final class FailureWindows {

    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final long windowNanos;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailureWindows(int maxFailures, long windowNanos) {
        this.maxFailures = maxFailures;
        this.windowNanos = windowNanos;
    }

    /** Seconds until {@code key} may try again; 0 when it may now. */
    long secondsBlocked(String key, long now) {
        Window window = windows.get(key);
        if (window == null || window.endedBy(now) || window.failures < maxFailures) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((window.start + windowNanos - now) / 1e9));
    }

    void failed(String key, long now) {
        windows.compute(
                key,
                (k, window) -> window == null || window.endedBy(now) ? new Window(now, windowNanos) : window.plusOne());
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> window.endedBy(now));
        }
    }

    void forget(String key) {
        windows.remove(key);
    }

    private record Window(long start, long length, int failures) {

        Window(long start, long length) {
            this(start, length, 1);
        }

        boolean endedBy(long now) {
            return now - start >= length;
        }

        Window plusOne() {
            return new Window(start, length, failures + 1);
        }
    }
}
