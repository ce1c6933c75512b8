package org.southsouth.backbone.postgres;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.southsouth.backbone.KafkaProbe;

/**
 * Ready when the database answers. Kafka being away degrades the service (writes queue in the outbox) but does
 * not make it unready; the check says so with the backlog.
 */
@Readiness
@ApplicationScoped
public class StoreAndKafkaReadiness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    KafkaProbe kafka;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("postgresql-and-kafka");
        try {
            OutboxBacklog backlog = relay.backlog();
            response.withData("outboxUnsent", backlog.unsent())
                    .withData("outboxOldestAgeMs", backlog.oldestAge().toMillis());
        } catch (RuntimeException e) {
            return response.down()
                    .withData("postgresql", "unreachable: " + e.getMessage())
                    .build();
        }
        boolean kafkaUp = kafka.reachable(Duration.ofSeconds(2));
        return response.up()
                .withData("postgresql", "up")
                .withData("kafka", kafkaUp ? "up" : "unreachable (degraded: events wait in the outbox)")
                .build();
    }
}
