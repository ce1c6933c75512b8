package org.southsouth.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Client secrets: generated with 256 bits of randomness, stored only as PBKDF2-HMAC-SHA256 hashes in the form
 * {@code pbkdf2-sha256$iterations$salt$hash}, so the iteration count can rise without invalidating old hashes.
 */
@ApplicationScoped
public class SecretHasher {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;
    /** Compared against when the client is unknown, so timing does not tell which client ids exist. */
    private final String decoy;

    @Inject
    public SecretHasher(GatewaySettings config) {
        this.iterations = config.auth().secretHashIterations();
        this.decoy = hash("decoy-" + random.nextLong());
    }

    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(secret, salt, iterations));
    }

    public boolean matches(String secret, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(secret, b64.decode(parts[2]), Integer.parseInt(parts[1])));
    }

    /** Spends the same time as a real check, for an unknown client. */
    public void burnTime(String secret) {
        matches(secret, decoy);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
