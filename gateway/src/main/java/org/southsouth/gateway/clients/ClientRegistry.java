package org.southsouth.gateway.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.southsouth.gateway.auth.ClientCredentials;
import org.southsouth.gateway.auth.RevokedClients;
import org.southsouth.gateway.auth.Role;
import org.southsouth.gateway.auth.SecretHasher;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Page;

/** Registering, listing, rotating and revoking API clients. */
@ApplicationScoped
public class ClientRegistry {

    @Inject
    ClientStore store;

    @Inject
    SecretHasher hasher;

    @Inject
    ClientCredentials credentials;

    @Inject
    RevokedClients revoked;

    public IssuedSecret register(NewClient request) {
        Set<Role> roles = roles(request.roles());
        if (roles.contains(Role.PARTNER) && request.organizationId() == null) {
            throw ApiProblem.invalidField("organizationId", "is required for the partner role");
        }
        if (roles.contains(Role.VOLUNTEER) != (request.volunteerId() != null)) {
            throw ApiProblem.invalidField(
                    "volunteerId",
                    roles.contains(Role.VOLUNTEER)
                            ? "is required for the volunteer role"
                            : "is only for clients with the volunteer role");
        }
        String clientId = request.clientId() != null ? request.clientId() : "client-" + UUID.randomUUID();
        if (credentials.isBootstrapAdmin(clientId)) {
            throw ApiProblem.conflict("Client id " + clientId + " is taken");
        }
        String secret = hasher.newSecret();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApiClient client = new ApiClient(
                clientId,
                request.name().strip(),
                roles,
                request.organizationId(),
                request.volunteerId(),
                request.rateLimitPerMinute(),
                hasher.hash(secret),
                now,
                now,
                null);
        if (!store.insert(client)) {
            throw ApiProblem.conflict("Client id " + clientId + " is taken");
        }
        return new IssuedSecret(ClientView.of(client), secret);
    }

    public ClientView find(String clientId) {
        return ClientView.of(existing(clientId));
    }

    public Page<ClientView> list(Boolean revokedOnly, UUID organizationId, int page, int size) {
        List<ClientView> items = store.list(revokedOnly, organizationId, page, size).stream()
                .map(ClientView::of)
                .toList();
        return new Page<>(items, page, size, store.count(revokedOnly, organizationId));
    }

    /** A new secret; the old one stops working at once. */
    public IssuedSecret rotateSecret(String clientId) {
        existing(clientId);
        String secret = hasher.newSecret();
        if (!store.replaceSecret(clientId, hasher.hash(secret), Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            throw ApiProblem.conflict("Client " + clientId + " is revoked; register a new one");
        }
        return new IssuedSecret(ClientView.of(existing(clientId)), secret);
    }

    /** No more tokens for the client, and its unexpired tokens stop working. */
    public ClientView revoke(String clientId) {
        existing(clientId);
        store.revoke(clientId, Instant.now().truncatedTo(ChronoUnit.MICROS));
        revoked.add(clientId);
        return ClientView.of(existing(clientId));
    }

    private ApiClient existing(String clientId) {
        return store.find(clientId).orElseThrow(() -> ApiProblem.notFound("Client", clientId));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.fromClaim(name)
                    .orElseThrow(() -> ApiProblem.invalidField(
                            "roles",
                            "unknown role '" + name + "'; one of admin, coordinator, partner, reporter, volunteer")));
        }
        return roles;
    }
}
