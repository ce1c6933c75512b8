package org.southsouth.gateway.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Upstream services and which of them owns each API path. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Service name → base URL. */
    Map<String, String> upstreams();

    /** First path segment after {@code /api/v1/} → service name. */
    Map<String, String> routes();

    /** The URL clients reach the gateway at. */
    String publicUrl();

    /** Longest wait for an upstream to start answering before the client gets 504. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /** Longest wait for a connection to an upstream before the client gets 503. */
    @WithDefault("2s")
    Duration connectTimeout();
}
