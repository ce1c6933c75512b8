package org.southsouth.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.southsouth.gateway.access.ApiGuard;
import org.southsouth.gateway.metrics.RouteMetrics;
import org.southsouth.rest.ApiProblem;

/**
 * The gateway's request pipeline on the Vert.x router, ahead of Quarkus REST. Every request: request id,
 * security headers, URI length, URI syntax. {@code /api/v1/**}: metrics, guard (token, rate limit, role), proxy. {@code /admin/**}: the
 * guard, then the admin resources. {@code /q/**} is not served here: health and metrics answer on the management
 * port only.
 *
 * <p>The steps every request runs through, and the beans they call, are {@code @Singleton}: an
 * {@code @ApplicationScoped} bean is reached through a client proxy that looks its instance up on every call, which
 * showed in the gateway's profile under load.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final int FIRST = -200;
    private static final int BEFORE_REST = -100;

    @Inject
    RequestIds requestIds;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    UriLimit uriLimit;

    @Inject
    UriSyntax uriSyntax;

    @Inject
    RouteMetrics metrics;

    @Inject
    ApiGuard guard;

    @Inject
    ApiProxy proxy;

    @Inject
    Problems problems;

    void install(@Observes Router router) {
        router.route()
                .order(FIRST)
                .handler(requestIds::assign)
                .handler(securityHeaders::apply)
                .handler(uriLimit::check)
                .handler(uriSyntax::check);
        router.route("/q/*").order(BEFORE_REST).handler(this::notServedHere);
        router.route(RouteTable.API_PREFIX + "*")
                .order(BEFORE_REST)
                .handler(proxy::holdBody)
                .handler(metrics::measure)
                .handler(guard::check)
                .handler(proxy::forward);
        router.route("/admin/*").order(BEFORE_REST).handler(guard::check);
    }

    private void notServedHere(RoutingContext ctx) {
        problems.send(
                ctx,
                new ApiProblem(
                        404,
                        "not-found",
                        "Resource not found",
                        "Nothing is served at " + ctx.request().path() + ".",
                        List.of()),
                Map.of());
    }
}
