package org.southsouth.benchmarks;

import java.time.Duration;

/** Steps run at a steady rate, on schedule rather than back to back, and the wait for their latencies. */
final class Pacing {

    interface Step {
        void run(int index) throws Exception;
    }

    private Pacing() {}

    /** Runs {@code count} steps at {@code ratePerSecond}. */
    static void paced(int ratePerSecond, int count, Step step) throws Exception {
        long interval = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            step.run(i);
        }
    }

    /** Waits until {@code expected} latencies are in, at most a minute (a summary then shows how many came). */
    static void awaitCount(Latencies latencies, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (latencies.count() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
