package org.southsouth.events.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.southsouth.backbone.KafkaProbe;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.config.EventsSettings;
import org.southsouth.events.messaging.DocumentOutboxRelay;

/** Ready when MongoDB answers a ping; Kafka away only degrades (events wait in the documents' outboxes). */
@Readiness
@ApplicationScoped
public class MongoAndKafkaReadiness implements HealthCheck {

    @Inject
    EventsDatabase database;

    @Inject
    EventsSettings settings;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    KafkaProbe kafka;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mongodb-and-kafka");
        try {
            database.database().runCommand(new Document("ping", 1));
            response.withData("outboxUnsent", relay.backlog());
        } catch (RuntimeException e) {
            return response.down()
                    .withData("mongodb", "unreachable: " + e.getMessage())
                    .build();
        }
        boolean kafkaUp = kafka.reachable(settings.readiness().kafkaTimeout());
        return response.up()
                .withData("mongodb", "up")
                .withData("kafka", kafkaUp ? "up" : "unreachable (degraded: events wait in the outbox)")
                .build();
    }
}
