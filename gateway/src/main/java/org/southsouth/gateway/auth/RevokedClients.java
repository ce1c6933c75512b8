package org.southsouth.gateway.auth;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.southsouth.gateway.clients.ClientStore;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Clients revoked recently enough that tokens issued to them may still be unexpired. Re-read from the database
 * every {@code gateway.auth.revocation-refresh}, so a revocation on one gateway instance reaches the others
 * within that time; on the instance that revoked, at once.
 */
@Singleton
public class RevokedClients {

    private static final Logger LOG = Logger.getLogger(RevokedClients.class);

    @Inject
    ClientStore store;

    @Inject
    GatewaySettings config;

    private volatile Set<String> fromStore = Set.of();
    private final Set<String> revokedHere = ConcurrentHashMap.newKeySet();

    void start(@Observes StartupEvent event, Vertx vertx) {
        if (!store.available()) {
            return;
        }
        refresh();
        vertx.setPeriodic(
                config.auth().revocationRefresh().toMillis(),
                id -> vertx.executeBlocking(
                        () -> {
                            refresh();
                            return null;
                        },
                        false));
    }

    public boolean contains(String clientId) {
        return revokedHere.contains(clientId) || fromStore.contains(clientId);
    }

    public void add(String clientId) {
        revokedHere.add(clientId);
    }

    private void refresh() {
        Duration window = config.auth().tokenLifetime().plusMinutes(1);
        try {
            fromStore = Set.copyOf(store.revokedSince(Instant.now().minus(window)));
        } catch (RuntimeException e) {
            LOG.warnf("Cannot refresh revoked clients, keeping the last known: %s", e.getMessage());
        }
    }
}
