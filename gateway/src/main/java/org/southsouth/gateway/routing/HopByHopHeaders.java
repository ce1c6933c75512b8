package org.southsouth.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.Set;

/** Headers that describe one connection and must not be forwarded by a proxy (RFC 9110 §7.6.1). */
final class HopByHopHeaders {

    private static final Set<String> NAMES = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "host");

    private HopByHopHeaders() {}

    static void copy(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!NAMES.contains(header.getKey().toLowerCase())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
