package org.southsouth.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Headers that describe one connection and must not be forwarded by a proxy (RFC 9110 §7.6.1): the fixed ones and
 * whatever the sender's {@code Connection} header names. Runs twice per proxied request, so names are compared
 * without copying them to lower case.
 */
final class HopByHopHeaders {

    private HopByHopHeaders() {}

    static void copy(MultiMap from, MultiMap to) {
        List<String> listed = listedIn(from.getAll("Connection"));
        from.forEach((name, value) -> {
            if (!isHopByHop(name) && !containsIgnoringCase(listed, name)) {
                to.add(name, value);
            }
        });
    }

    /** Switches on the length first: most names forwarded have no hop-by-hop name of their length. */
    private static boolean isHopByHop(String name) {
        return switch (name.length()) {
            case 2 -> name.equalsIgnoreCase("te");
            case 4 -> name.equalsIgnoreCase("host");
            case 7 -> name.equalsIgnoreCase("trailer") || name.equalsIgnoreCase("upgrade");
            case 10 -> name.equalsIgnoreCase("connection") || name.equalsIgnoreCase("keep-alive");
            case 17 -> name.equalsIgnoreCase("transfer-encoding");
            case 18 -> name.equalsIgnoreCase("proxy-authenticate");
            case 19 -> name.equalsIgnoreCase("proxy-authorization");
            default -> false;
        };
    }

    private static List<String> listedIn(List<String> connectionValues) {
        if (connectionValues.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String value : connectionValues) {
            for (String option : value.split(",")) {
                String name = option.strip();
                // The body's framing is not the sender's to drop: without it the proxy could not forward the body.
                if (!name.isEmpty() && !name.equalsIgnoreCase("Content-Length")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        for (String listed : names) {
            if (listed.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
