package org.southsouth.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time used so far by each process of the local platform: every service (by its module), PostgreSQL, and this
 * JVM (which hosts Kafka, the Mongo-wire stand-in and the benchmark's clients). The difference of two readings says
 * what a measured stretch cost each of them, which tells a latency figure from a machine out of cores.
 */
record ProcessCpu(Map<String, Duration> byProcess) {

    private static final Pattern SERVICE_JAR = Pattern.compile("-jar \\S*?([a-z-]+)/target/");

    static ProcessCpu now() {
        Map<String, Duration> byProcess = new TreeMap<>();
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses().forEach(process -> {
            ProcessHandle.Info info = process.info();
            String command = info.commandLine().orElse(info.command().orElse(""));
            Matcher service = SERVICE_JAR.matcher(command);
            String name = process.pid() == self
                    ? "benchmark JVM (Kafka, Mongo-wire, clients)"
                    : service.find() ? service.group(1) : command.contains("postgres") ? "postgres" : null;
            if (name != null) {
                byProcess.merge(name, info.totalCpuDuration().orElse(Duration.ZERO), Duration::plus);
            }
        });
        return new ProcessCpu(byProcess);
    }

    /** One line: CPU milliseconds per second of each process since {@code before}, and their sum in cores. */
    String perSecondSince(ProcessCpu before, Duration wall) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Duration> process : byProcess.entrySet()) {
            long millis = spentSince(before, process);
            total += millis;
            line.append(String.format("%s %.1f, ", process.getKey(), millis / (wall.toMillis() / 1000.0)));
        }
        return String.format(
                "%s= %.1f ms per second, %.2f cores busy",
                line, total / (wall.toMillis() / 1000.0), total / (double) wall.toMillis());
    }

    /** One line: CPU milliseconds per write of each process since {@code before}, and their sum in cores. */
    String perWriteSince(ProcessCpu before, int writes, Duration wall) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Duration> process : byProcess.entrySet()) {
            long millis = spentSince(before, process);
            total += millis;
            line.append(String.format("%s %.1f, ", process.getKey(), (double) millis / writes));
        }
        return String.format(
                "%s= %.1f ms per write, %.1f cores busy",
                line, (double) total / writes, total / (double) wall.toMillis());
    }

    private static long spentSince(ProcessCpu before, Map.Entry<String, Duration> process) {
        return process.getValue()
                .minus(before.byProcess().getOrDefault(process.getKey(), Duration.ZERO))
                .toMillis();
    }
}
