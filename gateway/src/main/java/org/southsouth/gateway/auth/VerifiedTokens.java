package org.southsouth.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens whose signature, issuer, audience and expiry have been checked, remembered until they expire: checking an
 * RS256 signature and parsing the claims cost more than all the rest of forwarding a request. Keyed by the token's
 * SHA-256, so the memory holds no usable token. Only what does not change during a token's life is remembered: a
 * revocation is checked on every request by the caller. Invalid tokens are never remembered, so the size is bounded
 * by the valid tokens issued within one token lifetime; past {@code capacity} the expired ones go, else all.
 */
final class VerifiedTokens {

    /** What a checked token says, until {@code expiresAt} (epoch seconds, the token's {@code exp}). */
    record Verified(Identity identity, boolean external, long expiresAt) {}

    /** One per thread (the event loops): {@code MessageDigest.getInstance} searches the providers on every call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokens::sha256);

    private final Map<String, Verified> byDigest = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier epochSeconds;

    VerifiedTokens(int capacity, LongSupplier epochSeconds) {
        this.capacity = capacity;
        this.epochSeconds = epochSeconds;
    }

    /** The token's checked content while it has not expired; {@code null} when it was not checked or has expired. */
    Verified find(String token) {
        Verified known = byDigest.get(digest(token));
        return known != null && epochSeconds.getAsLong() < known.expiresAt() ? known : null;
    }

    Verified remember(String token, Verified verified) {
        if (byDigest.size() >= capacity) {
            long now = epochSeconds.getAsLong();
            byDigest.values().removeIf(entry -> now >= entry.expiresAt());
            if (byDigest.size() >= capacity) {
                byDigest.clear();
            }
        }
        byDigest.put(digest(token), verified);
        return verified;
    }

    /** The SHA-256 of the token, one char per byte: 32 chars instead of a ~1 KB token per entry. */
    private static String digest(String token) {
        byte[] hash = SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII));
        return new String(hash, StandardCharsets.ISO_8859_1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
