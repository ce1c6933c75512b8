package org.southsouth.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.southsouth.gateway.config.GatewaySettings;
import org.southsouth.rest.ApiProblem;

/**
 * 414 as a problem for a request URI over {@code gateway.max-uri-length}. The HTTP layer's own cap
 * ({@code quarkus.http.limits.max-initial-line-length}) stays well above it, because what it refuses gets an empty 414.
 */
@Singleton
public class UriLimit {

    @Inject
    GatewaySettings config;

    @Inject
    Problems problems;

    public void check(RoutingContext ctx) {
        int length = ctx.request().uri().length();
        if (length > config.maxUriLength()) {
            problems.send(
                    ctx,
                    new ApiProblem(
                            414,
                            "uri-too-long",
                            "URI too long",
                            "The request URI has " + length + " characters; the gateway accepts at most "
                                    + config.maxUriLength() + ".",
                            List.of()),
                    Map.of("Connection", "close"));
            return;
        }
        ctx.next();
    }
}
