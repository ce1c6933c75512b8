package org.southsouth.gateway.auth;

/** Names of the claims the gateway puts in its tokens beyond the registered ones. */
final class TokenClaims {

    /** MicroProfile JWT's roles claim, so services on quarkus-smallrye-jwt get the roles for {@code @RolesAllowed}. */
    static final String GROUPS = "groups";

    static final String SCOPE = "scope";
    static final String CLIENT_ID = "client_id";
    static final String ORGANIZATION_ID = "organization_id";
    static final String VOLUNTEER_ID = "volunteer_id";
    static final String RATE_LIMIT = "rate_limit";

    private TokenClaims() {}
}
