package org.southsouth.gateway.routing;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.gateway.config.GatewayConfig;

/** Which upstream owns an {@code /api/v1/...} path, by the path's first segment. */
@ApplicationScoped
public class RouteTable {

    public static final String API_PREFIX = "/api/v1/";

    private final Map<String, Upstream> upstreams;
    private final Map<String, Upstream> bySegment;

    @Inject
    public RouteTable(GatewayConfig config) {
        this.upstreams = config.upstreams().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Upstream(e.getKey(), URI.create(e.getValue())), (a, b) -> a, TreeMap::new));
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
        if (path == null || !path.startsWith(API_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(API_PREFIX.length());
        int slash = rest.indexOf('/');
        return Optional.ofNullable(bySegment.get(slash < 0 ? rest : rest.substring(0, slash)));
    }

    public Collection<Upstream> upstreams() {
        return upstreams.values();
    }
}
