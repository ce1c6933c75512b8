package org.southsouth.embedded.quarkus;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Access tokens for service tests, shaped like the gateway's (issuer, audience, {@code groups}, {@code client_id},
 * {@code organization_id}, {@code volunteer_id}) and signed with the fixed test key {@code test-jwt/private.pem},
 * whose public half services trust in the test profile.
 */
public final class TestTokens {

    public static final String ISSUER = "https://gateway.test";
    public static final String AUDIENCE = "southsouth-api";
    private static final String PRIVATE_KEY = "test-jwt/private.pem";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {}

    public static String admin() {
        return forRoles("admin");
    }

    public static String coordinator() {
        return forRoles("coordinator");
    }

    public static String reporter() {
        return forRoles("reporter");
    }

    public static String partnerOf(Object organizationId) {
        return builder("partner-" + organizationId, "partner")
                .claim("organization_id", organizationId.toString())
                .sign(PRIVATE_KEY);
    }

    public static String volunteer(Object volunteerId) {
        return builder("volunteer-" + volunteerId, "volunteer")
                .claim("volunteer_id", volunteerId.toString())
                .sign(PRIVATE_KEY);
    }

    public static String forRoles(String... roles) {
        return builder(String.join("-", roles) + "-" + UUID.randomUUID(), roles).sign(PRIVATE_KEY);
    }

    /** A token that is right in every way but has expired. */
    public static String expired() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return builder("expired", "admin").issuedAt(past - 60).expiresAt(past).sign(PRIVATE_KEY);
    }

    /** A token for another audience, which services must refuse. */
    public static String forAudience(String audience) {
        return builder("elsewhere", "admin").audience(audience).sign(PRIVATE_KEY);
    }

    private static JwtClaimsBuilder builder(String clientId, String... roles) {
        Set<String> groups =
                Arrays.stream(roles).map(role -> role.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(clientId)
                .groups(groups)
                .claim("client_id", clientId)
                .expiresIn(LIFETIME);
    }
}
