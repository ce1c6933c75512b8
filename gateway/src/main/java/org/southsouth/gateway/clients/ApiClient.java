package org.southsouth.gateway.clients;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.southsouth.gateway.auth.Identity;
import org.southsouth.gateway.auth.Role;

/** A registered API client: a partner system, a mobile backend or a reporting tool. */
public record ApiClient(
        String clientId,
        String name,
        Set<Role> roles,
        UUID organizationId,
        UUID volunteerId,
        Integer rateLimitPerMinute,
        String secretHash,
        Instant createdAt,
        Instant secretRotatedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public Identity identity() {
        return new Identity(
                clientId,
                roles,
                organizationId == null ? null : organizationId.toString(),
                volunteerId == null ? null : volunteerId.toString(),
                rateLimitPerMinute);
    }
}
