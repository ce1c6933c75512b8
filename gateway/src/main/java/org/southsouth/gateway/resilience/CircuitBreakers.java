package org.southsouth.gateway.resilience;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.southsouth.gateway.config.GatewaySettings;

/** A circuit breaker per upstream, its state exported as gauge {@code gateway.circuit.open} (1 open, 0.5 half-open). */
@Singleton
public class CircuitBreakers {

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    @Inject
    GatewaySettings config;

    @Inject
    MeterRegistry registry;

    public CircuitBreaker of(String upstream) {
        return breakers.computeIfAbsent(upstream, name -> {
            CircuitBreaker breaker = new CircuitBreaker(
                    config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().coolDown(),
                    System::nanoTime);
            Gauge.builder("gateway.circuit.open", breaker, b -> switch (b.state()) {
                        case CLOSED -> 0.0;
                        case HALF_OPEN -> 0.5;
                        case OPEN -> 1.0;
                    })
                    .tag("upstream", name)
                    .description("1 while the upstream's circuit is open")
                    .register(registry);
            return breaker;
        });
    }
}
