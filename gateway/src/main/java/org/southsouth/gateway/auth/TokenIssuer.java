package org.southsouth.gateway.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.southsouth.gateway.config.GatewaySettings;

/** Signs access tokens (RS256 JWT) for authenticated clients. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    GatewaySettings config;

    @Inject
    SigningKeys keys;

    public IssuedToken issue(Identity identity) {
        Instant now = Instant.now();
        Set<String> roles = identity.roles().stream().map(Role::claim).collect(Collectors.toSet());
        JwtClaimsBuilder claims = Jwt.issuer(issuer())
                .audience(config.auth().audience())
                .subject(identity.clientId())
                .groups(roles)
                .claim(TokenClaims.CLIENT_ID, identity.clientId())
                .claim(TokenClaims.SCOPE, identity.rolesHeader().replace(',', ' '))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(config.auth().tokenLifetime()));
        if (identity.organizationId() != null) {
            claims.claim(TokenClaims.ORGANIZATION_ID, identity.organizationId());
        }
        if (identity.volunteerId() != null) {
            claims.claim(TokenClaims.VOLUNTEER_ID, identity.volunteerId());
        }
        if (identity.rateLimitPerMinute() != null) {
            claims.claim(TokenClaims.RATE_LIMIT, identity.rateLimitPerMinute());
        }
        String token = claims.jws()
                .keyId(keys.keyId())
                .algorithm(SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new IssuedToken(
                token,
                config.auth().tokenLifetime().toSeconds(),
                identity.rolesHeader().replace(',', ' '));
    }

    public String issuer() {
        return config.auth().issuer().orElse(config.publicUrl());
    }

    public record IssuedToken(String accessToken, long expiresIn, String scope) {}
}
