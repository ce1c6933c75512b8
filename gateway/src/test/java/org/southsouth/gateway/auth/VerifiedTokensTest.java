package org.southsouth.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedTokens tokens = new VerifiedTokens(3, now::get);

    @Test
    void aCheckedTokenIsKnownUntilItExpiresAndNotAfter() {
        VerifiedTokens.Verified verified = verified("reporter-1", 1_060);
        tokens.remember("token-a", verified);

        now.set(1_059);
        assertEquals(verified, tokens.find("token-a"));
        now.set(1_060);
        assertNull(tokens.find("token-a"), "an expired token must be checked again, and then refused");
    }

    @Test
    void onlyTheSameTokenIsKnown() {
        tokens.remember("token-a", verified("reporter-1", 1_060));

        assertNull(tokens.find("token-b"));
        assertNull(tokens.find("token-a "));
    }

    @Test
    void pastItsCapacityExpiredTokensMakeRoomFirst() {
        tokens.remember("expires-soon", verified("reporter-1", 1_010));
        tokens.remember("lives-long-1", verified("reporter-2", 1_900));
        tokens.remember("lives-long-2", verified("reporter-3", 1_900));
        now.set(1_100);

        tokens.remember("new", verified("reporter-4", 1_900));

        assertEquals("reporter-2", tokens.find("lives-long-1").identity().clientId());
        assertEquals("reporter-3", tokens.find("lives-long-2").identity().clientId());
        assertEquals("reporter-4", tokens.find("new").identity().clientId());
    }

    private static VerifiedTokens.Verified verified(String clientId, long expiresAt) {
        return new VerifiedTokens.Verified(
                new Identity(clientId, Set.of(Role.REPORTER), null, null, null), false, expiresAt);
    }
}
