package org.southsouth.webhook.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/** A Standard Webhooks secret: {@code whsec_} and the base64 of random bytes, which are the HMAC key. */
public final class SigningSecret {

    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecret() {}

    public static String generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    public static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
