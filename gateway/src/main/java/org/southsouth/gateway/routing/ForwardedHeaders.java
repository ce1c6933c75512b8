package org.southsouth.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * What a service needs to write the gateway's public URL into {@code Location} and links: the host, port and scheme
 * the client called (services read them with {@code quarkus.http.proxy.*}). Whatever the client sent under these
 * names is replaced, and {@code Forwarded} and {@code X-Forwarded-Prefix} are not passed on: only the gateway says
 * where the client called.
 */
final class ForwardedHeaders {

    private ForwardedHeaders() {}

    static void apply(HttpServerRequest in, MultiMap out) {
        out.remove("Forwarded");
        out.remove("X-Forwarded-Prefix");
        HostAndPort authority = in.authority();
        String scheme = in.scheme();
        if (authority != null) {
            int port = authority.port() > 0 ? authority.port() : "https".equals(scheme) ? 443 : 80;
            out.set("X-Forwarded-Host", authority.host());
            out.set("X-Forwarded-Port", Integer.toString(port));
        } else {
            out.remove("X-Forwarded-Host");
            out.remove("X-Forwarded-Port");
        }
        out.set("X-Forwarded-Proto", scheme);
        if (in.remoteAddress() != null) {
            out.add("X-Forwarded-For", in.remoteAddress().hostAddress());
        }
    }
}
