package org.southsouth.benchmarks;

/** Runs a piece of work repeatedly and records each run's latency: warm-up runs first, not recorded. */
final class Timed {

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Timed() {}

    static Latencies repeat(int warmUp, int samples, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < samples; i++) {
            long begin = System.nanoTime();
            work.run();
            latencies.add(System.nanoTime() - begin);
        }
        return latencies;
    }
}
