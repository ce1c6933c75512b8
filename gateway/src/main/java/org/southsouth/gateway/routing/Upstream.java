package org.southsouth.gateway.routing;

import java.net.URI;

/** A service behind the gateway. */
public record Upstream(String name, URI baseUri) {

    public String host() {
        return baseUri.getHost();
    }

    public int port() {
        return baseUri.getPort() > 0 ? baseUri.getPort() : ("https".equals(baseUri.getScheme()) ? 443 : 80);
    }

    public boolean tls() {
        return "https".equals(baseUri.getScheme());
    }
}
