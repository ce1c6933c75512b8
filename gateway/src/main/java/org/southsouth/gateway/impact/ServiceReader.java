package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.southsouth.gateway.routing.RouteTable;
import org.southsouth.gateway.routing.Upstream;

/**
 * Reads JSON from the services directly (not through the gateway's own pipeline), with the caller's credentials
 * and request id, each call bounded by {@code impact.upstream-timeout}. Never throws: a failure is a value.
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

    private HttpClient http;

    @jakarta.annotation.PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.upstreamTimeout()).build();
    }

    /** The service owning an API path, as the gateway routes it. */
    String serviceOf(String path) {
        return routes.resolve(path).map(Upstream::name).orElse("unknown");
    }

    CompletableFuture<Fetched> read(Source source, ImpactFilters filters, Map<String, String> headers) {
        return get(source.path + source.query(filters), headers);
    }

    /** GET of an API path (with query) on the service owning it. */
    CompletableFuture<Fetched> get(String pathAndQuery, Map<String, String> headers) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Upstream upstream = routes.resolve(path).orElse(null);
        if (upstream == null) {
            return CompletableFuture.completedFuture(
                    Fetched.failed("unknown", MissingReason.SERVICE_UNAVAILABLE, "No service routes " + path));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.baseUri().resolve(pathAndQuery))
                .timeout(config.upstreamTimeout())
                .header("Accept", "application/json")
                .GET();
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> answer(upstream.name(), pathAndQuery, response, error));
    }

    private Fetched answer(String service, String pathAndQuery, HttpResponse<byte[]> response, Throwable error) {
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
            return Fetched.of(service, json.readTree(response.body()));
        } catch (IOException e) {
            return Fetched.failed(
                    service, MissingReason.SERVICE_UNAVAILABLE, "The " + service + " service answered no JSON");
        }
    }
}
