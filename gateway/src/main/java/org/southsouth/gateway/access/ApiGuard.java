package org.southsouth.gateway.access;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.southsouth.gateway.auth.ExternalIssuer;
import org.southsouth.gateway.auth.Identity;
import org.southsouth.gateway.auth.TokenIssuer;
import org.southsouth.gateway.auth.TokenVerifier;
import org.southsouth.gateway.limits.BatchCost;
import org.southsouth.gateway.limits.RateDecision;
import org.southsouth.gateway.limits.RateLimiter;
import org.southsouth.gateway.routing.Problems;
import org.southsouth.rest.ApiProblem;

/**
 * The gate in front of {@code /api/v1} and {@code /admin}: a valid bearer token (else 401), the client's rate limit
 * (else 429; a batch counts as its {@link BatchCost} and must send Content-Length, else 411), a role that may make
 * this call (else 403). Once the client is known every answer, refusals included,
 * carries its {@code RateLimit-*} headers, and a refused call counts against its limit like any other; a conditional
 * read answered 304 does not count. Passes the verified identity on in the routing context.
 */
@Singleton
public class ApiGuard {

    public static final String IDENTITY = Identity.class.getName();
    private static final String BEARER = "Bearer ";
    private static final String REALM = "Bearer realm=\"southsouth\"";
    private static final int NOT_MODIFIED = 304;

    @Inject
    TokenVerifier verifier;

    @Inject
    AccessPolicy policy;

    @Inject
    RateLimiter limiter;

    @Inject
    ExternalIssuer externalIssuer;

    @Inject
    TokenIssuer issuer;

    @Inject
    Problems problems;

    public void check(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        IdentityHeaders.strip(in.headers());
        if (!in.path().equals(ctx.normalizedPath())) {
            problems.send(
                    ctx,
                    ApiProblem.badRequest(
                            "The path must not contain dot segments, empty segments or escaped unreserved characters"),
                    Map.of());
            return;
        }
        String authorization = in.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.send(
                    ctx,
                    new ApiProblem(
                            401,
                            "unauthenticated",
                            "Authentication required",
                            "Send an access token from POST /oauth2/token as 'Authorization: Bearer <token>'.",
                            List.of()),
                    Map.of("WWW-Authenticate", REALM));
            return;
        }
        String token = authorization.substring(BEARER.length()).strip();
        Identity identity;
        try {
            identity = verifier.verify(token);
        } catch (TokenVerifier.InvalidToken e) {
            problems.send(
                    ctx,
                    new ApiProblem(401, "invalid-token", "Invalid access token", e.getMessage(), List.of()),
                    Map.of(
                            "WWW-Authenticate",
                            REALM + ", error=\"invalid_token\", error_description=\"" + e.getMessage() + "\""));
            return;
        }
        OptionalInt cost = BatchCost.of(in);
        RateDecision rate = limiter.take(identity, cost.orElse(1));
        HttpServerResponse out = ctx.response();
        out.putHeader("RateLimit-Limit", Integer.toString(rate.limit()))
                .putHeader("RateLimit-Remaining", Integer.toString(rate.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(rate.resetSeconds()));
        if (!rate.granted()) {
            problems.send(
                    ctx,
                    new ApiProblem(
                            429,
                            "rate-limited",
                            "Too many requests",
                            "This client may make " + rate.limit() + " requests per minute"
                                    + (rate.cost() > 1 ? " and this batch counts as " + rate.cost() : "")
                                    + "; retry in " + rate.retryAfterSeconds() + " s.",
                            List.of()),
                    Map.of("Retry-After", Long.toString(rate.retryAfterSeconds())));
            return;
        }
        if (cost.isEmpty()) {
            problems.send(
                    ctx,
                    new ApiProblem(
                            411,
                            "length-required",
                            "Content-Length required",
                            "A batch must send its Content-Length: its size is what it counts as against the rate limit.",
                            List.of()),
                    Map.of());
            return;
        }
        if (!policy.allows(identity.roles(), in.method().name(), in.path())) {
            problems.send(
                    ctx,
                    new ApiProblem(
                            403,
                            "forbidden",
                            "Not allowed for your role",
                            "Roles [" + identity.rolesHeader() + "] may not "
                                    + in.method().name() + " " + in.path() + ".",
                            List.of()),
                    Map.of());
            return;
        }
        if (externalIssuer.issued(token)) {
            // Services trust one issuer, the gateway: an external token travels on as the gateway's own for the same
            // caller.
            in.headers().set("Authorization", BEARER + issuer.issue(identity).accessToken());
        }
        ctx.put(IDENTITY, identity);
        ctx.addHeadersEndHandler(end -> {
            if (ctx.response().getStatusCode() == NOT_MODIFIED) {
                out.putHeader("RateLimit-Remaining", Integer.toString(limiter.giveBack(identity)));
            }
        });
        ctx.next();
    }
}
