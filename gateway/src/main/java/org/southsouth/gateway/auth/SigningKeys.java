package org.southsouth.gateway.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.southsouth.gateway.config.GatewayConfig;

/**
 * The RSA key the gateway signs tokens with (RS256) and its public half as a JWKS. From
 * {@code gateway.auth.signing-key-location} (PKCS#8 PEM), or generated at start: then tokens do not survive a
 * restart and replicas do not accept each other's tokens, so production configures a key.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private final String jwks;

    @Inject
    public SigningKeys(GatewayConfig config) {
        KeyPair pair = config.auth().signingKeyLocation().map(SigningKeys::load).orElseGet(SigningKeys::generate);
        this.privateKey = pair.getPrivate();
        this.publicKey = (RSAPublicKey) pair.getPublic();
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        this.keyId = config.auth().keyId().orElse(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setKeyId(keyId);
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        this.jwks = new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The JSON Web Key Set with the public key, for services and partners to verify tokens. */
    public String jwks() {
        return jwks;
    }

    private static KeyPair load(String location) {
        String pem = read(location);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey key = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException(location + " is not an RSA private key with CRT parameters");
            }
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())), key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("gateway.auth.signing-key-location " + location
                    + " is not a PKCS#8 PEM RSA private key: " + e.getMessage(), e);
        }
    }

    private static String read(String location) {
        try {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            try (InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                if (resource == null) {
                    throw new IllegalStateException("gateway.auth.signing-key-location " + location + " is neither a file nor a classpath resource");
                }
                return new String(resource.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the signing key at " + location, e);
        }
    }

    private static KeyPair generate() {
        LOG.warn("No gateway.auth.signing-key-location: signing with a key generated now; tokens die with this process");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
