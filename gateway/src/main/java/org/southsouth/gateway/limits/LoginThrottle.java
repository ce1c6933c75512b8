package org.southsouth.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;
import org.southsouth.gateway.config.GatewaySettings;

/**
 * Failed token requests, per client id and per source address (each costs a PBKDF2 hash): past the configured number
 * within a window the token endpoint refuses that client id, or that address, before checking any secret, until the
 * window ends. A successful login clears its client's count. In memory per gateway instance.
 */
@ApplicationScoped
public class LoginThrottle {

    private final FailureWindows byClient;
    private final FailureWindows byAddress;
    private final LongSupplier clock;

    @Inject
    public LoginThrottle(GatewaySettings config) {
        this(config.auth().failedLogins(), System::nanoTime);
    }

    LoginThrottle(GatewaySettings.FailedLogins limits, LongSupplier clock) {
        this.byClient = new FailureWindows(limits.perClient(), limits.window().toNanos());
        this.byAddress = new FailureWindows(limits.perAddress(), limits.window().toNanos());
        this.clock = clock;
    }

    /** Seconds until this client id from this address may try again; 0 when it may now. Either may be null. */
    public long secondsBlocked(String clientId, String address) {
        long now = clock.getAsLong();
        long client = clientId == null ? 0 : byClient.secondsBlocked(clientId, now);
        long source = address == null ? 0 : byAddress.secondsBlocked(address, now);
        return Math.max(client, source);
    }

    public void failed(String clientId, String address) {
        long now = clock.getAsLong();
        if (clientId != null) {
            byClient.failed(clientId, now);
        }
        if (address != null) {
            byAddress.failed(address, now);
        }
    }

    public void succeeded(String clientId) {
        byClient.forget(clientId);
    }
}
