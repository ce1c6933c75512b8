package org.southsouth.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured latencies in microseconds, summarised as percentiles. */
final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        micros.add(nanos / 1_000);
    }

    void clear() {
        micros.clear();
    }

    int count() {
        return micros.size();
    }

    String summary() {
        List<Long> sorted = sorted();
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return String.format(
                "n=%d  p50=%.1f ms  p99=%.1f ms  max=%.1f ms",
                sorted.size(),
                percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** The {@code p}th percentile in milliseconds; NaN without samples. */
    double millis(int p) {
        List<Long> sorted = sorted();
        return sorted.isEmpty() ? Double.NaN : percentile(sorted, p) / 1000.0;
    }

    private List<Long> sorted() {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        Collections.sort(sorted);
        return sorted;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
