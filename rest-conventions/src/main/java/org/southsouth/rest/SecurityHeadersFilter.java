package org.southsouth.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The same security headers a service's answers get through the gateway, for callers that reach a service directly
 * (other services, operators): no MIME sniffing, and no caching unless the resource chose a cache policy itself,
 * since most answers carry personal data.
 */
public class SecurityHeadersFilter {

    @ServerResponseFilter
    public void secure(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
