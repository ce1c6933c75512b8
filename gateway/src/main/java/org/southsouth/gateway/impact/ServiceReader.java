package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.southsouth.gateway.resilience.CircuitBreaker;
import org.southsouth.gateway.resilience.CircuitBreakers;
import org.southsouth.gateway.routing.RouteTable;
import org.southsouth.gateway.routing.Upstream;

/**
 * Reads JSON from the services directly, the statistics into each source's typed figures (not through the gateway's own pipeline), with the caller's credentials
 * and request id, each call bounded by {@code impact.upstream-timeout} and through the upstream's circuit breaker,
 * the one the proxy uses: a failing service is not asked again until its breaker lets a probe through. Never
 * throws: a failure is a value.
 *
 * <p>Each call is a blocking {@code send} on this reader's own fixed pool: {@code HttpClient.sendAsync} hands every
 * answer to the common ForkJoinPool, which on a 2-core machine has parallelism 1 and so starts a new thread per
 * answer (about 37 ms of gateway CPU per report under JFR).
 */
@ApplicationScoped
public class ServiceReader {

    private static final Logger LOG = Logger.getLogger(ServiceReader.class);

    @Inject
    RouteTable routes;

    @Inject
    ObjectMapper json;

    @Inject
    ImpactConfig config;

    @Inject
    CircuitBreakers breakers;

    /** Four sources per report: room for four reports composed at once before a call waits for a thread. */
    private static final int CALL_THREADS = 16;

    private HttpClient http;

    private ExecutorService calls;

    @jakarta.annotation.PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.upstreamTimeout()).build();
        AtomicInteger number = new AtomicInteger();
        calls = Executors.newFixedThreadPool(CALL_THREADS, task -> {
            Thread thread = new Thread(task, "impact-upstream-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    /** The service owning an API path, as the gateway routes it. */
    String serviceOf(String path) {
        return routes.resolve(path).map(Upstream::name).orElse("unknown");
    }

    /** A source's statistics, read into its {@link Source#figures} record. */
    CompletableFuture<Fetched<Object>> read(Source source, ImpactFilters filters, Map<String, String> headers) {
        // The records hold only what the report reads; the services' answers carry more.
        ObjectReader figures =
                json.readerFor(source.figures).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return get(source.path + source.query(filters), headers, figures::readValue);
    }

    /** GET of an API path (with query) on the service owning it, as a JSON tree. */
    CompletableFuture<Fetched<JsonNode>> get(String pathAndQuery, Map<String, String> headers) {
        return get(pathAndQuery, headers, json::readTree);
    }

    /** How an answer's body is read; an {@link IOException} means the service answered nothing readable. */
    @FunctionalInterface
    private interface BodyReader<T> {
        T read(byte[] body) throws IOException;
    }

    private <T> CompletableFuture<Fetched<T>> get(
            String pathAndQuery, Map<String, String> headers, BodyReader<T> bodyReader) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Upstream upstream = routes.resolve(path).orElse(null);
        if (upstream == null) {
            return CompletableFuture.completedFuture(
                    Fetched.failed("unknown", MissingReason.SERVICE_UNAVAILABLE, "No service routes " + path));
        }
        CircuitBreaker breaker = breakers.of(upstream.name());
        if (!breaker.tryAcquire()) {
            return CompletableFuture.completedFuture(Fetched.failed(
                    upstream.name(),
                    MissingReason.SERVICE_UNAVAILABLE,
                    "The " + upstream.name() + " service is failing; it is asked again in "
                            + breaker.secondsUntilProbe() + " s"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.baseUri().resolve(pathAndQuery))
                .timeout(config.upstreamTimeout())
                .header("Accept", "application/json")
                .GET();
        headers.forEach(request::header);
        HttpRequest built = request.build();
        return CompletableFuture.supplyAsync(
                () -> {
                    HttpResponse<byte[]> response = null;
                    Throwable error = null;
                    try {
                        response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                    } catch (IOException e) {
                        error = e;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        error = e;
                    }
                    if (error != null || response.statusCode() >= 500) {
                        breaker.onFailure();
                    } else {
                        breaker.onSuccess();
                    }
                    return answer(upstream.name(), pathAndQuery, response, error, bodyReader);
                },
                calls);
    }

    private <T> Fetched<T> answer(
            String service,
            String pathAndQuery,
            HttpResponse<byte[]> response,
            Throwable error,
            BodyReader<T> bodyReader) {
        if (error != null) {
            Throwable cause = error.getCause() == null ? error : error.getCause();
            String detail = cause instanceof HttpTimeoutException
                    ? "The " + service + " service did not answer within "
                            + config.upstreamTimeout().toMillis() + " ms"
                    : "The " + service + " service cannot be reached";
            LOG.warnf("Impact source %s: %s", pathAndQuery, cause.toString());
            return Fetched.failed(service, MissingReason.SERVICE_UNAVAILABLE, detail);
        }
        int status = response.statusCode();
        if (status >= 500) {
            return Fetched.failed(
                    service, MissingReason.SERVICE_UNAVAILABLE, "The " + service + " service answered " + status);
        }
        if (status >= 300) {
            return Fetched.failed(
                    service,
                    MissingReason.SERVICE_REFUSED,
                    "The " + service + " service answered " + status + " to GET " + pathAndQuery);
        }
        try {
            return Fetched.of(service, bodyReader.read(response.body()));
        } catch (IOException e) {
            LOG.warnf("Impact source %s: unreadable answer: %s", pathAndQuery, e.getMessage());
            return Fetched.failed(
                    service,
                    MissingReason.SERVICE_UNAVAILABLE,
                    "The " + service + " service answered no readable JSON");
        }
    }
}
