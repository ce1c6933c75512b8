package org.southsouth.gateway.access;

import io.vertx.core.MultiMap;
import org.southsouth.gateway.auth.Identity;

/**
 * The verified caller as the services receive it. Whatever a client sends under these names is dropped first, so
 * a service can trust them as much as it trusts the gateway (and checks the forwarded bearer token as well).
 */
public final class IdentityHeaders {

    public static final String CLIENT_ID = "X-Client-Id";
    public static final String ROLES = "X-Roles";
    public static final String ORGANIZATION_ID = "X-Organization-Id";
    public static final String VOLUNTEER_ID = "X-Volunteer-Id";

    private IdentityHeaders() {}

    static void strip(MultiMap headers) {
        headers.remove(CLIENT_ID).remove(ROLES).remove(ORGANIZATION_ID).remove(VOLUNTEER_ID);
    }

    public static void apply(Identity identity, MultiMap headers) {
        headers.set(CLIENT_ID, identity.clientId()).set(ROLES, identity.rolesHeader());
        if (identity.organizationId() != null) {
            headers.set(ORGANIZATION_ID, identity.organizationId());
        }
        if (identity.volunteerId() != null) {
            headers.set(VOLUNTEER_ID, identity.volunteerId());
        }
    }
}
