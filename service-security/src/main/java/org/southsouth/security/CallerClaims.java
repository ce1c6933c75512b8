package org.southsouth.security;

/** The claims beyond the registered ones that say whom a token speaks for (set by the gateway's token issuer). */
public final class CallerClaims {

    public static final String CLIENT_ID = "client_id";
    public static final String ORGANIZATION_ID = "organization_id";
    public static final String VOLUNTEER_ID = "volunteer_id";

    private CallerClaims() {}
}
