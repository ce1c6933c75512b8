package org.southsouth.gateway.impact;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.southsouth.gateway.access.ApiGuard;
import org.southsouth.gateway.access.IdentityHeaders;
import org.southsouth.gateway.auth.Identity;
import org.southsouth.gateway.routing.RequestIds;
import org.southsouth.rest.RequestIdFilter;

/** The headers a service gets when the gateway reads it for a caller: as if the caller's request were proxied. */
final class CallerHeaders {

    private CallerHeaders() {}

    static Map<String, String> of(RoutingContext ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        String requestId = RequestIds.of(ctx);
        if (requestId != null) {
            headers.put(RequestIdFilter.HEADER, requestId);
        }
        Identity identity = ctx.get(ApiGuard.IDENTITY);
        if (identity != null) {
            MultiMap identityHeaders = MultiMap.caseInsensitiveMultiMap();
            IdentityHeaders.apply(identity, identityHeaders);
            identityHeaders.forEach(headers::put);
        }
        return headers;
    }
}
