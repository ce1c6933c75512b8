package org.southsouth.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Upstream services, which of them owns each API path, and the gateway's security, limits and resilience. */
@ConfigMapping(prefix = "gateway")
public interface GatewaySettings {

    /** Service name → base URL. */
    Map<String, String> upstreams();

    /** First path segment after {@code /api/v1/} → service name. */
    Map<String, String> routes();

    /** The URL clients reach the gateway at. */
    String publicUrl();

    /** Longest wait for an upstream to start answering before the client gets 504. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /**
     * Longest wait for an upstream to start answering a batch ({@code POST …/bulk}: up to 500 items, each in its own
     * transaction, which takes seconds) before the client gets 504.
     */
    @WithDefault("60s")
    Duration batchUpstreamTimeout();

    /** Longest wait for a connection to an upstream before the client gets 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept to each upstream; a request finding them all busy waits for one. */
    @WithDefault("64")
    int upstreamPoolSize();

    /** What {@code Retry-After} tells a client an upstream could not answer (503 unreachable, 504 too slow). */
    @WithDefault("5s")
    Duration upstreamRetryAfter();

    /** Largest request body forwarded to a service; a larger one gets 413. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /**
     * Longest request URI (path and query) the gateway accepts; a longer one gets 414. Below what the services take
     * (a 4096-byte request line), so that none of them answers 414 itself.
     */
    @WithDefault("4000")
    int maxUriLength();

    Auth auth();

    BootstrapAdmin bootstrapAdmin();

    RateLimit rateLimit();

    Breaker circuitBreaker();

    Retry retry();

    Readiness readiness();

    OpenApi openapi();

    /**
     * Role → what it may call: entries {@code METHODS PATTERN}, e.g. {@code GET|HEAD /api/v1/**}; {@code *} as
     * methods allows all, in a pattern {@code *} matches one path segment and a trailing {@code **} the rest.
     */
    Map<String, List<String>> access();

    interface Auth {
        /** {@code iss} of the gateway's tokens; the public URL when not set. */
        Optional<String> issuer();

        /** {@code aud} of the gateway's tokens; services verify it. */
        @WithDefault("southsouth-api")
        String audience();

        @WithDefault("15m")
        Duration tokenLifetime();

        /** How far a token's times ({@code exp}, {@code nbf}, {@code iat}) may be off this gateway's clock. */
        @WithDefault("30s")
        Duration clockSkew();

        /** PKCS#8 PEM RSA private key (file or classpath). When absent a key pair is generated at start. */
        Optional<String> signingKeyLocation();

        /** {@code kid} of the signing key; derived from the public key when not set. */
        Optional<String> keyId();

        /**
         * PEM public keys (X.509 SubjectPublicKeyInfo, files or classpath) of keys that signed before the current one:
         * published in the JWKS and accepted until the tokens they signed have expired, so a key rotation logs nobody out.
         */
        Optional<List<String>> retiredKeyLocations();

        /** PBKDF2-HMAC-SHA256 iterations for new client secrets (OWASP 2023: 600 000). */
        @WithDefault("600000")
        int secretHashIterations();

        /** How often each gateway instance re-reads the revoked clients, so revocation applies to live tokens. */
        @WithDefault("5s")
        Duration revocationRefresh();

        /** An external OpenID Connect issuer (e.g. Keycloak) whose access tokens the gateway also accepts. */
        External external();

        /** How many failed token requests are tolerated before the token endpoint answers 429 without checking. */
        FailedLogins failedLogins();
    }

    interface FailedLogins {
        /** Failures per client id within one window. */
        @WithDefault("10")
        int perClient();

        /** Failures per source address within one window, whatever client ids it tries. */
        @WithDefault("50")
        int perAddress();

        @WithDefault("5m")
        Duration window();
    }

    interface External {
        /** Its {@code iss}; external tokens are accepted only when this and the key set are configured. */
        Optional<String> issuer();

        /** Where its signing keys are published (the {@code jwks_uri} of its discovery document). */
        Optional<String> jwksUrl();

        /** The {@code aud} its tokens must carry; not checked when absent (Keycloak puts "account" there by default). */
        Optional<String> audience();
    }

    interface BootstrapAdmin {
        /** An admin client that exists by configuration alone, to create the first real clients. */
        Optional<String> clientId();

        Optional<String> secret();
    }

    interface RateLimit {
        /** Requests per minute per client when its own record sets none; bursts up to the same number. */
        @WithDefault("600")
        int requestsPerMinute();
    }

    interface Breaker {
        /** Consecutive failures (unreachable, timeout, 502/503/504) that open an upstream's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one probe request is let through. */
        @WithDefault("10s")
        Duration coolDown();
    }

    interface Readiness {
        /** Longest wait for an upstream's readiness; a slower one is reported unreachable (the gateway stays ready). */
        @WithDefault("2s")
        Duration upstreamTimeout();
    }

    interface OpenApi {
        /** Longest wait for a service's OpenAPI document; meanwhile its last good one is merged. */
        @WithDefault("3s")
        Duration fetchTimeout();
    }

    interface Retry {
        /** Extra attempts for GET/HEAD without a body when the upstream is unreachable or answers 503. */
        @WithDefault("2")
        int maxRetries();

        @WithDefault("100ms")
        Duration backoff();
    }
}
