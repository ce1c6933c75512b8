package org.southsouth.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.southsouth.gateway.access.ApiGuard;
import org.southsouth.gateway.access.IdentityHeaders;
import org.southsouth.gateway.auth.Identity;
import org.southsouth.gateway.config.GatewaySettings;
import org.southsouth.gateway.limits.BatchCost;
import org.southsouth.gateway.resilience.CircuitBreaker;
import org.southsouth.gateway.resilience.CircuitBreakers;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.RequestIdFilter;

/**
 * Forwards {@code /api/v1/**} to the owning service. Bodies stream both ways (a large export is never held in
 * memory; an answer of at most {@value #WHOLE_ANSWER_MAX_BYTES} bytes by its Content-Length is read whole and sent
 * on in one write, and one the service cuts short gets 503; a streamed answer cut short resets the client
 * connection) and a request body over the limit gets 413. An upstream
 * that cannot be reached gives a prompt 503, one that does not answer in time a 504, both as problem+json with
 * {@code Retry-After}. GET and HEAD without a body are retried a bounded number of times when the upstream is
 * unreachable or answers 503; each upstream has a circuit breaker (an answer cut short counts as a failure), and
 * while it is open the gateway answers 503 at once.
 */
@Singleton
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    /**
     * Answers up to this size (by their Content-Length) are read whole and sent on in one write, head and body
     * together: most API answers are a small JSON page, and streaming them chunk by chunk cost the proxy a second
     * pass through Vert.x's write path per answer. Larger answers, and those without a length, stream.
     */
    private static final long WHOLE_ANSWER_MAX_BYTES = 64 * 1024;

    @Inject
    RouteTable routes;

    @Inject
    GatewaySettings config;

    @Inject
    CircuitBreakers breakers;

    @Inject
    Problems problems;

    @Inject
    Vertx vertx;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.upstreamPoolSize())
                .setKeepAlive(true));
    }

    /** Keeps the request body unread until it is forwarded (or refused). */
    void holdBody(RoutingContext ctx) {
        ctx.request().pause();
        ctx.next();
    }

    void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        Optional<Upstream> upstream = routes.resolve(in.path());
        if (upstream.isEmpty()) {
            // Not a service's path: the gateway's own resources (e.g. /api/v1/impact) answer, or give 404.
            ctx.next();
            return;
        }
        long limit = config.maxBodySize().asLongValue();
        String contentLength = in.getHeader("Content-Length");
        if (contentLength != null && parseLength(contentLength) > limit) {
            tooLarge(ctx, limit);
            return;
        }
        boolean replayable = isReplayable(in);
        if (replayable) {
            in.resume();
        }
        attempt(ctx, upstream.get(), replayable, 0);
    }

    private void attempt(RoutingContext ctx, Upstream upstream, boolean replayable, int retry) {
        CircuitBreaker breaker = breakers.of(upstream.name());
        if (!breaker.tryAcquire()) {
            problems.send(
                    ctx,
                    new ApiProblem(
                            503,
                            "circuit-open",
                            "Service unavailable",
                            "The " + upstream.name()
                                    + " service failed repeatedly; the gateway lets requests through again shortly.",
                            List.of()),
                    Map.of("Retry-After", Long.toString(breaker.secondsUntilProbe())));
            return;
        }
        HttpServerRequest in = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.tls())
                .setURI(in.uri())
                .setIdleTimeout(timeoutOf(in).toMillis());
        client.request(options)
                .onSuccess(out -> send(ctx, out, upstream, breaker, replayable, retry))
                .onFailure(error -> {
                    breaker.onFailure();
                    if (replayable && retry < config.retry().maxRetries() && isConnectFailure(error)) {
                        retryLater(ctx, upstream, retry);
                    } else {
                        upstreamFailed(ctx, upstream, error);
                    }
                });
    }

    /** A batch answers after all its items: it gets longer to start answering than one request. */
    private Duration timeoutOf(HttpServerRequest in) {
        return BatchCost.isBatch(in) ? config.batchUpstreamTimeout() : config.upstreamTimeout();
    }

    private void send(
            RoutingContext ctx,
            HttpClientRequest out,
            Upstream upstream,
            CircuitBreaker breaker,
            boolean replayable,
            int retry) {
        HttpServerRequest in = ctx.request();
        HopByHopHeaders.copy(in.headers(), out.headers());
        // The caller's trace context goes on as the gateway's span, whose own context the tracer sends instead.
        out.headers().remove(TRACEPARENT).remove(TRACESTATE);
        out.headers().set(RequestIdFilter.HEADER, RequestIds.of(ctx));
        Identity identity = ctx.get(ApiGuard.IDENTITY);
        IdentityHeaders.apply(identity, out.headers());
        ForwardedHeaders.apply(in, out.headers());
        if (replayable) {
            out.send().onComplete(result -> {
                if (result.succeeded()
                        && result.result().statusCode() == 503
                        && retry < config.retry().maxRetries()) {
                    breaker.onFailure();
                    result.result().body();
                    retryLater(ctx, upstream, retry);
                } else {
                    answer(ctx, upstream, breaker, result.result(), result.cause());
                }
            });
            return;
        }
        if (!in.headers().contains("Content-Length")) {
            out.setChunked(true);
        }
        long limit = config.maxBodySize().asLongValue();
        out.send(new BoundedBody(in, limit, () -> {
                    tooLarge(ctx, limit);
                    out.reset();
                }))
                .onComplete(result -> answer(ctx, upstream, breaker, result.result(), result.cause()));
    }

    private void answer(
            RoutingContext ctx,
            Upstream upstream,
            CircuitBreaker breaker,
            HttpClientResponse response,
            Throwable error) {
        if (ctx.response().ended()) {
            return;
        }
        if (response == null) {
            breaker.onFailure();
            upstreamFailed(ctx, upstream, error);
            return;
        }
        // A 502/503/504 is the service's failure at its head; any other answer counts only once its body is through.
        int status = response.statusCode();
        boolean failedAtHead = status == 502 || status == 503 || status == 504;
        if (failedAtHead) {
            breaker.onFailure();
        }
        Consumer<Boolean> bodyOutcome = arrivedWhole -> {
            if (failedAtHead) {
                return;
            }
            if (arrivedWhole) {
                breaker.onSuccess();
            } else {
                breaker.onFailure();
            }
        };
        String length = response.getHeader("Content-Length");
        if (length == null || parseLength(length) > WHOLE_ANSWER_MAX_BYTES) {
            stream(ctx, upstream, response, bodyOutcome);
            return;
        }
        response.body().onComplete(body -> {
            bodyOutcome.accept(body.succeeded());
            if (body.succeeded()) {
                relayWhole(ctx, response, body.result());
            } else {
                upstreamFailed(ctx, upstream, body.cause());
            }
        });
    }

    private void retryLater(RoutingContext ctx, Upstream upstream, int retry) {
        vertx.setTimer(
                config.retry().backoff().toMillis() * (retry + 1), timer -> attempt(ctx, upstream, true, retry + 1));
    }

    /** A small answer goes out as it came in, head and body in one write. */
    private static void relayWhole(RoutingContext ctx, HttpClientResponse response, Buffer body) {
        HttpServerResponse out = ctx.response();
        if (out.closed() || out.ended()) {
            return;
        }
        copyHead(ctx, response, out);
        out.end(body);
    }

    /**
     * A large answer, or one of unknown length, streams through as it arrives. Its head is already sent when the
     * service cuts the body short, so the client connection is reset rather than ended: a clean end would pass the
     * truncated body off as complete. A client that goes away is not the service's failure; the service's answer is
     * stopped (its request reset), not drained.
     */
    private void stream(
            RoutingContext ctx, Upstream upstream, HttpClientResponse response, Consumer<Boolean> bodyOutcome) {
        HttpServerResponse out = ctx.response();
        copyHead(ctx, response, out);
        if (!response.headers().contains("Content-Length")) {
            out.setChunked(true);
        }
        StreamedAnswer.relay(response, out, (end, cause) -> {
            switch (end) {
                case WHOLE, CLIENT_GONE -> bodyOutcome.accept(true);
                case CUT_SHORT -> {
                    bodyOutcome.accept(false);
                    upstreamFailed(ctx, upstream, cause);
                }
            }
        });
    }

    private static void copyHead(RoutingContext ctx, HttpClientResponse response, HttpServerResponse out) {
        out.setStatusCode(response.statusCode());
        HopByHopHeaders.copy(response.headers(), out.headers());
        out.headers().set(RequestIdFilter.HEADER, RequestIds.of(ctx));
    }

    private void upstreamFailed(RoutingContext ctx, Upstream upstream, Throwable error) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            LOG.warnf("Upstream %s failed mid-response: %s", upstream.name(), error.getMessage());
            ctx.response().reset();
            return;
        }
        boolean timedOut = error instanceof TimeoutException
                || String.valueOf(error.getMessage()).contains("timeout");
        ApiProblem problem = timedOut
                ? new ApiProblem(
                        504,
                        "upstream-timeout",
                        "Service did not answer in time",
                        "The " + upstream.name() + " service did not answer within "
                                + timeoutOf(ctx.request()).toSeconds() + " s; retry later.",
                        List.of())
                : new ApiProblem(
                        503,
                        "upstream-unavailable",
                        "Service unavailable",
                        "The " + upstream.name() + " service cannot be reached; retry later.",
                        List.of());
        LOG.warnf("Upstream %s: %s", upstream.name(), error.getMessage());
        problems.send(
                ctx,
                problem,
                Map.of("Retry-After", Long.toString(config.upstreamRetryAfter().toSeconds())));
    }

    private void tooLarge(RoutingContext ctx, long limit) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        problems.send(
                ctx,
                new ApiProblem(
                        413,
                        "payload-too-large",
                        "Request body too large",
                        "The gateway forwards request bodies of at most " + limit + " bytes.",
                        List.of()),
                Map.of("Connection", "close"));
    }

    /** GET or HEAD without a body: can be sent again without having kept anything. */
    private static boolean isReplayable(HttpServerRequest in) {
        boolean safe = in.method() == HttpMethod.GET || in.method() == HttpMethod.HEAD;
        String length = in.getHeader("Content-Length");
        boolean bodiless = (length == null || parseLength(length) == 0) && in.getHeader("Transfer-Encoding") == null;
        return safe && bodiless;
    }

    private static boolean isConnectFailure(Throwable error) {
        return error instanceof ConnectException || error instanceof ConnectTimeoutException;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
