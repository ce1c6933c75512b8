package org.southsouth.gateway.auth;

import java.util.Set;

/**
 * Who a verified token speaks for: the client, its roles, for partners their organization, for volunteer clients
 * their volunteer, and the client's own rate limit when it has one ({@code null} for the default).
 */
public record Identity(
        String clientId, Set<Role> roles, String organizationId, String volunteerId, Integer rateLimitPerMinute) {

    public Identity {
        roles = Set.copyOf(roles);
    }

    /** The roles as they travel in {@code X-Roles}: lower case, comma separated, in a fixed order. */
    public String rolesHeader() {
        StringBuilder header = new StringBuilder();
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                header.append(header.isEmpty() ? "" : ",").append(role.claim());
            }
        }
        return header.toString();
    }
}
