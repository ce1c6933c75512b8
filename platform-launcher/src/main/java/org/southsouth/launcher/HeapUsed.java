package org.southsouth.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/** The heap a service uses now, read from the {@code jvm_memory_used_bytes} gauges of its Prometheus metrics. */
final class HeapUsed {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String GAUGE = "jvm_memory_used_bytes{";
    private static final String HEAP = "area=\"heap\"";

    private HeapUsed() {}

    /** Empty when the service publishes no such metrics or does not answer. */
    static OptionalLong of(String metricsUrl) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(metricsUrl))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? inMetrics(response.body()) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The sum over the heap's pools (eden, survivor, old generation) in a Prometheus text exposition. */
    static OptionalLong inMetrics(String exposition) {
        double total = 0;
        boolean any = false;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(GAUGE) && line.contains(HEAP)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                any = true;
            }
        }
        return any ? OptionalLong.of((long) total) : OptionalLong.empty();
    }
}
