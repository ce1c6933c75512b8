package org.southsouth.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import org.southsouth.gateway.clients.ApiClient;
import org.southsouth.gateway.clients.ClientStore;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Checks a client id and secret: the bootstrap admin from configuration first, then the stored clients. Unknown,
 * revoked and wrong-secret clients fail alike and take about as long, so a caller learns nothing from failing.
 */
@ApplicationScoped
public class ClientCredentials {

    @Inject
    GatewaySettings config;

    @Inject
    ClientStore store;

    @Inject
    SecretHasher hasher;

    public Optional<Identity> authenticate(String clientId, String secret) {
        Optional<String> bootstrapId = config.bootstrapAdmin().clientId();
        if (bootstrapId.isPresent() && bootstrapId.get().equals(clientId)) {
            return config.bootstrapAdmin()
                    .secret()
                    .filter(expected -> MessageDigest.isEqual(sha256(expected), sha256(secret)))
                    .map(ok -> new Identity(clientId, Set.of(Role.ADMIN), null, null, null));
        }
        Optional<ApiClient> client = store.available() ? store.find(clientId) : Optional.empty();
        if (client.isEmpty()) {
            hasher.burnTime(secret);
            return Optional.empty();
        }
        boolean matches = hasher.matches(secret, client.get().secretHash());
        return matches && !client.get().revoked() ? Optional.of(client.get().identity()) : Optional.empty();
    }

    public boolean isBootstrapAdmin(String clientId) {
        return config.bootstrapAdmin().clientId().filter(clientId::equals).isPresent();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
