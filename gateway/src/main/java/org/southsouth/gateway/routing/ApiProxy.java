package org.southsouth.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.southsouth.gateway.config.GatewayConfig;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;
import org.southsouth.rest.RequestIdFilter;

/**
 * Forwards {@code /api/v1/**} to the owning service. Bodies stream both ways (a large export is never held in
 * memory); an upstream that cannot be reached gives a prompt 503, one that does not answer in time a 504, both
 * as problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    RouteTable routes;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    private HttpClient client;

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        router.route(RouteTable.API_PREFIX + "*").order(-100).handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        in.pause();
        String requestId = Optional.ofNullable(in.getHeader(RequestIdFilter.HEADER)).orElseGet(() -> UUID.randomUUID().toString());
        Optional<Upstream> upstream = routes.resolve(in.path());
        if (upstream.isEmpty()) {
            // Not a service's path: the gateway's own resources (e.g. /api/v1/impact) answer, or give 404.
            ctx.next();
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(upstream.get().host())
                .setPort(upstream.get().port())
                .setSsl(upstream.get().tls())
                .setURI(in.uri())
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        client.request(options)
                .onSuccess(out -> send(ctx, in, out, upstream.get(), requestId))
                .onFailure(error -> upstreamFailed(ctx, upstream.get(), requestId, error));
    }

    private void send(RoutingContext ctx, HttpServerRequest in, HttpClientRequest out, Upstream upstream, String requestId) {
        HopByHopHeaders.copy(in.headers(), out.headers());
        out.headers().set(RequestIdFilter.HEADER, requestId);
        out.headers().set("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
        out.headers().set("X-Forwarded-Proto", in.scheme());
        if (in.remoteAddress() != null) {
            out.headers().add("X-Forwarded-For", in.remoteAddress().hostAddress());
        }
        if (!in.headers().contains("Content-Length")) {
            out.setChunked(true);
        }
        out.send(in)
                .onSuccess(response -> relay(ctx, response, requestId))
                .onFailure(error -> upstreamFailed(ctx, upstream, requestId, error));
    }

    private static void relay(RoutingContext ctx, HttpClientResponse response, String requestId) {
        HttpServerResponse out = ctx.response();
        out.setStatusCode(response.statusCode());
        HopByHopHeaders.copy(response.headers(), out.headers());
        out.headers().set(RequestIdFilter.HEADER, requestId);
        if (!response.headers().contains("Content-Length")) {
            out.setChunked(true);
        }
        response.pipeTo(out);
    }

    private void upstreamFailed(RoutingContext ctx, Upstream upstream, String requestId, Throwable error) {
        if (ctx.response().headWritten()) {
            LOG.warnf("Upstream %s failed mid-response: %s", upstream.name(), error.getMessage());
            ctx.response().reset();
            return;
        }
        boolean timedOut = error instanceof TimeoutException || String.valueOf(error.getMessage()).contains("timeout");
        ApiProblem problem = timedOut
                ? new ApiProblem(504, "upstream-timeout", "Service did not answer in time",
                        "The " + upstream.name() + " service did not answer within " + config.upstreamTimeout().toSeconds()
                                + " s; retry later.", List.of())
                : new ApiProblem(503, "upstream-unavailable", "Service unavailable",
                        "The " + upstream.name() + " service cannot be reached; retry later.", List.of());
        LOG.warnf("Upstream %s: %s", upstream.name(), error.getMessage());
        respond(ctx, requestId, problem, RETRY_AFTER_SECONDS);
    }

    private void respond(RoutingContext ctx, String requestId, ApiProblem problem, String retryAfter) {
        HttpServerResponse out = ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIdFilter.HEADER, requestId);
        if (retryAfter != null) {
            out.putHeader("Retry-After", retryAfter);
        }
        try {
            out.end(json.writeValueAsString(problem.toProblem(ctx.request().path())));
        } catch (JsonProcessingException e) {
            out.end();
        }
    }
}
