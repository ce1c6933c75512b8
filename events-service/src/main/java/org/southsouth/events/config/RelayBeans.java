package org.southsouth.events.config;

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
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.southsouth.backbone.KafkaProbe;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.KnowledgeProductStore;
import org.southsouth.events.messaging.DocumentOutboxRelay;
import org.southsouth.events.participation.ParticipationStore;

/** Starts the relay of the documents' outboxes with the service and stops it first on shutdown. */
@ApplicationScoped
public class RelayBeans {

    @Produces
    @Singleton
    @Startup
    @Unremovable
    DocumentOutboxRelay relay(
            EventsDatabase database,
            EventsSettings settings,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            MeterRegistry registry) {
        DocumentOutboxRelay relay = new DocumentOutboxRelay(
                database.database(),
                List.of(ExchangeEventStore.COLLECTION, ParticipationStore.COLLECTION, KnowledgeProductStore.COLLECTION),
                kafka,
                settings.outboxRelay());
        Gauge.builder("outbox.unsent", relay, DocumentOutboxRelay::backlog)
                .description("Events written but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("outbox.published", relay, DocumentOutboxRelay::published)
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

    void stopRelay(@Observes ShutdownEvent shutdown, DocumentOutboxRelay relay) {
        relay.close();
    }

    void close(@Disposes KafkaProbe probe) {
        probe.close();
    }
}
