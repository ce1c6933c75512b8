package org.southsouth.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.southsouth.rest.ApiProblem;

/**
 * 400 as a problem for a request URI that is no URI ({@code /api/v1/%zz}, {@code ?from=%zz}). Quarkus makes the same
 * check ahead of the router and answers an empty 400, unless {@link org.southsouth.gateway.GatewayMain} turns it off in
 * favour of this one. Runs before anything decodes the path or the query, which would fail on such a URI.
 */
@Singleton
public class UriSyntax {

    @Inject
    Problems problems;

    public void check(RoutingContext ctx) {
        try {
            new URI(ctx.request().uri());
        } catch (URISyntaxException e) {
            problems.send(
                    ctx,
                    ApiProblem.badRequest("The request URI is not a valid URI (RFC 3986): " + e.getReason()
                            + " at index " + e.getIndex() + "."),
                    Map.of());
            return;
        }
        ctx.next();
    }
}
