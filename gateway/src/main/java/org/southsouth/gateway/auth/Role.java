package org.southsouth.gateway.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The platform's roles (DESIGN §6); tokens carry them in lower case in {@code groups} and {@code scope}. */
public enum Role {
    ADMIN,
    COORDINATOR,
    PARTNER,
    REPORTER,
    VOLUNTEER;

    private final String claim = name().toLowerCase(Locale.ROOT);

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values())
                .filter(role -> role.claim().equals(value))
                .findFirst();
    }
}
