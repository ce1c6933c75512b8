package org.southsouth.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import org.southsouth.gateway.access.ApiGuard;
import org.southsouth.gateway.metrics.RouteMetrics;

/**
 * The gateway's request pipeline on the Vert.x router, ahead of Quarkus REST. {@code /api/v1/**}: request id,
 * metrics, guard (token, role, rate limit), proxy. {@code /admin/**}: the guard, then the admin resources.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final int BEFORE_REST = -100;

    @Inject
    RequestIds requestIds;

    @Inject
    RouteMetrics metrics;

    @Inject
    ApiGuard guard;

    @Inject
    ApiProxy proxy;

    void install(@Observes Router router) {
        router.route(RouteTable.API_PREFIX + "*").order(BEFORE_REST)
                .handler(requestIds::assign)
                .handler(metrics::measure)
                .handler(guard::check)
                .handler(proxy::forward);
        router.route("/admin/*").order(BEFORE_REST).handler(guard::check);
    }
}
