package org.southsouth.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The platform's roles (DESIGN §6) as the gateway's tokens carry them in {@code groups}, lower case. */
public enum Role {
    ADMIN,
    COORDINATOR,
    PARTNER,
    REPORTER,
    VOLUNTEER;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values())
                .filter(role -> role.claim().equals(value))
                .findFirst();
    }
}
