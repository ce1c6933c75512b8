package org.southsouth.gateway.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * An external OpenID Connect issuer whose access tokens the gateway accepts beside its own, when configured
 * ({@code gateway.auth.external.*}). Its keys are read from its JWKS URL at start (off the event loop) and cached;
 * only a token signed with a key the cache does not know makes the set be read again, on the request.
 */
@Singleton
public class ExternalIssuer {

    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder()
            .setSkipAllValidators()
            .setDisableRequireSignature()
            .setSkipSignatureVerification()
            .build();

    private static final Logger LOG = Logger.getLogger(ExternalIssuer.class);

    private final Optional<String> issuer;
    private final HttpsJwks keys;
    private final JwtConsumer consumer;

    @Inject
    public ExternalIssuer(GatewaySettings config) {
        GatewaySettings.External external = config.auth().external();
        int clockSkewSeconds = (int) config.auth().clockSkew().toSeconds();
        this.issuer = external.issuer().filter(value -> external.jwksUrl().isPresent());
        this.keys = issuer.map(iss -> new HttpsJwks(external.jwksUrl().orElseThrow()))
                .orElse(null);
        this.consumer =
                issuer.map(iss -> build(iss, keys, external, clockSkewSeconds)).orElse(null);
    }

    void prefetchKeys(@Observes StartupEvent start) {
        if (keys == null) {
            return;
        }
        try {
            keys.refresh();
        } catch (JoseException | IOException e) {
            LOG.warnf(
                    "The external issuer's keys at %s cannot be read yet (%s); tried again on its first token",
                    keys.getLocation(), e.getMessage());
        }
    }

    /** Whether the token claims to come from the external issuer (not verified yet). */
    public boolean issued(String token) {
        if (issuer.isEmpty()) {
            return false;
        }
        try {
            JwtClaims claims = UNVERIFIED.processToClaims(token);
            return issuer.get().equals(claims.getIssuer());
        } catch (InvalidJwtException | MalformedClaimException e) {
            return false;
        }
    }

    /** The verified claims of an external token; {@link InvalidJwtException} when it does not verify. */
    JwtClaims verify(String token) throws InvalidJwtException {
        return consumer.processToClaims(token);
    }

    private static JwtConsumer build(
            String issuer, HttpsJwks keys, GatewaySettings.External external, int clockSkewSeconds) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(clockSkewSeconds)
                .setExpectedIssuer(issuer)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        external.audience().ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
        return builder.build();
    }
}
