package org.southsouth.gateway.auth;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Checks a bearer token: the gateway's signature, issuer, audience, expiry, and a revoked client's tokens fail; or,
 * when one is configured, the external issuer's signature, issuer and expiry (its clients are revoked there). A token
 * is checked once and then remembered until it expires ({@link VerifiedTokens}); the revocation, every time.
 */
@Singleton
public class TokenVerifier {

    // Far more than the clients that hold live tokens at once; past it the expired go first.
    private static final int REMEMBERED_TOKENS = 100_000;

    @Inject
    GatewaySettings config;

    @Inject
    SigningKeys keys;

    @Inject
    TokenIssuer issuer;

    @Inject
    RevokedClients revoked;

    @Inject
    ExternalIssuer external;

    private final VerifiedTokens verified =
            new VerifiedTokens(REMEMBERED_TOKENS, () -> System.currentTimeMillis() / 1000);
    private JwtConsumer consumer;

    @PostConstruct
    void init() {
        consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) config.auth().clockSkew().toSeconds())
                .setExpectedIssuer(issuer.issuer())
                .setExpectedAudience(config.auth().audience())
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.verificationKeys()))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** The identity the token speaks for; {@link InvalidToken} with a reason a client may see otherwise. */
    public Identity verify(String token) {
        VerifiedTokens.Verified known = verified.find(token);
        VerifiedTokens.Verified checked = known != null ? known : verified.remember(token, check(token));
        Identity identity = checked.identity();
        if (!checked.external() && revoked.contains(identity.clientId())) {
            throw new InvalidToken("The client of this access token has been revoked");
        }
        return identity;
    }

    private VerifiedTokens.Verified check(String token) {
        boolean fromExternalIssuer = external.issued(token);
        JwtClaims claims;
        try {
            claims = fromExternalIssuer ? external.verify(token) : consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new InvalidToken(e.hasExpired() ? "The access token has expired" : "The access token is not valid");
        }
        try {
            String clientId = fromExternalIssuer ? externalClientId(claims) : claims.getSubject();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            List<String> groups = claims.hasClaim(TokenClaims.GROUPS)
                    ? claims.getStringListClaimValue(TokenClaims.GROUPS)
                    : List.of();
            groups.forEach(group -> Role.fromClaim(group).ifPresent(roles::add));
            Number rateLimit = claims.getClaimValue(TokenClaims.RATE_LIMIT, Number.class);
            Identity identity = new Identity(
                    clientId,
                    roles,
                    claims.getStringClaimValue(TokenClaims.ORGANIZATION_ID),
                    claims.getStringClaimValue(TokenClaims.VOLUNTEER_ID),
                    rateLimit == null ? null : rateLimit.intValue());
            return new VerifiedTokens.Verified(
                    identity, fromExternalIssuer, claims.getExpirationTime().getValue());
        } catch (MalformedClaimException e) {
            throw new InvalidToken("The access token has malformed claims");
        }
    }

    /** The OAuth client an external token was issued to ({@code client_id}, else {@code azp}), else its subject. */
    private static String externalClientId(JwtClaims claims) throws MalformedClaimException {
        for (String name : new String[] {TokenClaims.CLIENT_ID, "azp"}) {
            String value = claims.getStringClaimValue(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return claims.getSubject();
    }

    /** A token that does not authenticate its bearer; the message is safe to show. */
    public static final class InvalidToken extends RuntimeException {
        public InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
