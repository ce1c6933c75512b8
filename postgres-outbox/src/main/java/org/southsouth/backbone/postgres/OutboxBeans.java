package org.southsouth.backbone.postgres;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import org.southsouth.backbone.KafkaProbe;

/**
 * Wires the shared outbox into a PostgreSQL service: the writer for its transactions, one relay per instance
 * (several instances share the work safely), the idempotency ledger and the outbox metrics.
 */
@ApplicationScoped
public class OutboxBeans {

    @Inject
    RelaySettings settings;

    @Produces
    @Singleton
    OutboxWriter outboxWriter(AgroalDataSource dataSource) {
        return new OutboxWriter(dataSource, settings.slots());
    }

    @Produces
    @Singleton
    ProcessedEvents processedEvents(AgroalDataSource dataSource) {
        return new ProcessedEvents(dataSource);
    }

    @Produces
    @Singleton
    @Startup
    @Unremovable
    OutboxRelay outboxRelay(
            AgroalDataSource dataSource,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            MeterRegistry registry) {
        OutboxRelay relay = new OutboxRelay(dataSource, kafka, settings);
        Gauge.builder("outbox.unsent", relay, r -> r.backlog().unsent())
                .description("Events committed but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder(
                        "outbox.oldest.unsent.age.seconds",
                        relay,
                        r -> r.backlog().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event waiting in the outbox")
                .register(registry);
        Gauge.builder("outbox.published", relay, OutboxRelay::published)
                .description("Events this instance's relay has published since start")
                .register(registry);
        relay.start();
        return relay;
    }

    @Produces
    @Singleton
    KafkaProbe kafkaProbe(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        return new KafkaProbe(kafka);
    }

    /** Stops the relay before the datasource goes away. */
    void stopRelay(@Observes ShutdownEvent shutdown, OutboxRelay relay) {
        relay.close();
    }

    void close(@Disposes KafkaProbe probe) {
        probe.close();
    }
}
