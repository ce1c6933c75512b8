package org.southsouth.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * The RSA key the gateway signs tokens with (RS256), and the public keys its tokens are verified with, published as
 * a JWKS: the current key's and those of retired keys ({@code gateway.auth.retired-key-locations}) whose tokens may
 * still be alive. The signing key comes from {@code gateway.auth.signing-key-location} (PKCS#8 PEM), or is generated
 * at start: then tokens do not survive a restart and replicas do not accept each other's tokens, so production
 * configures a key.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final String keyId;
    private final List<JsonWebKey> verificationKeys = new ArrayList<>();
    private final String jwks;

    @Inject
    public SigningKeys(GatewaySettings config) {
        KeyPair pair = config.auth().signingKeyLocation().map(SigningKeys::load).orElseGet(SigningKeys::generate);
        this.privateKey = pair.getPrivate();
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
        this.keyId = config.auth().keyId().orElse(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        verificationKeys.add(published(jwk, keyId));
        config.auth().retiredKeyLocations().orElse(List.of()).forEach(location -> {
            RsaJsonWebKey retired = new RsaJsonWebKey(loadPublic(location));
            verificationKeys.add(published(retired, retired.calculateBase64urlEncodedThumbprint("SHA-256")));
        });
        this.jwks = new JsonWebKeySet(verificationKeys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static JsonWebKey published(RsaJsonWebKey jwk, String keyId) {
        jwk.setKeyId(keyId);
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        return jwk;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The current key and the retired ones, each with its {@code kid}: a token is checked with the key it names. */
    public List<JsonWebKey> verificationKeys() {
        return List.copyOf(verificationKeys);
    }

    public String keyId() {
        return keyId;
    }

    /** The JSON Web Key Set of {@link #verificationKeys()}, for services and partners to verify tokens. */
    public String jwks() {
        return jwks;
    }

    private static KeyPair load(String location) {
        String pem = read(location);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey key = rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException(location + " is not an RSA private key with CRT parameters");
            }
            return new KeyPair(
                    rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent())), key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "gateway.auth.signing-key-location " + location + " is not a PKCS#8 PEM RSA private key: "
                            + e.getMessage(),
                    e);
        }
    }

    private static RSAPublicKey loadPublic(String location) {
        String base64 = read(location).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(
                    "gateway.auth.retired-key-locations " + location + " is not a PEM RSA public key: "
                            + e.getMessage(),
                    e);
        }
    }

    private static String read(String location) {
        try {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            try (InputStream resource =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                if (resource == null) {
                    throw new IllegalStateException("gateway.auth.signing-key-location " + location
                            + " is neither a file nor a classpath resource");
                }
                return new String(resource.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the signing key at " + location, e);
        }
    }

    private static KeyPair generate() {
        LOG.warn(
                "No gateway.auth.signing-key-location: signing with a key generated now; tokens die with this process");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
