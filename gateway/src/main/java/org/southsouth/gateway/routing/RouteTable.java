package org.southsouth.gateway.routing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.southsouth.gateway.config.GatewaySettings;

/** Which upstream owns an {@code /api/v1/...} path, by the path's first segment. */
@Singleton
public class RouteTable {

    public static final String API_PREFIX = "/api/v1/";

    private final Map<String, Upstream> upstreams;
    private final Map<String, Upstream> bySegment;

    @Inject
    public RouteTable(GatewaySettings config) {
        this.upstreams = config.upstreams().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> new Upstream(e.getKey(), URI.create(e.getValue())),
                        (a, b) -> a,
                        TreeMap::new));
        this.bySegment = config.routes().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Upstream upstream = upstreams.get(e.getValue());
            if (upstream == null) {
                throw new IllegalStateException("gateway.routes." + e.getKey() + " names unknown upstream '"
                        + e.getValue() + "'; known: " + upstreams.keySet());
            }
            return upstream;
        }));
    }

    public Optional<Upstream> resolve(String path) {
        return Optional.ofNullable(bySegment.get(firstSegment(path)));
    }

    /** The routed first segment of an API path, or {@code unknown}: a bounded set, fit for a metric tag. */
    public String routeOf(String path) {
        String segment = firstSegment(path);
        return bySegment.containsKey(segment) ? segment : "unknown";
    }

    private static String firstSegment(String path) {
        if (path == null || !path.startsWith(API_PREFIX)) {
            return "";
        }
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    public Collection<Upstream> upstreams() {
        return upstreams.values();
    }
}
