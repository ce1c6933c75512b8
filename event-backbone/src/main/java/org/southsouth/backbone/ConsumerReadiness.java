package org.southsouth.backbone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Says, per topic, whether the service's consumer reads it. A stopped consumer degrades the service (what it learns
 * from the topic falls behind; the events wait in Kafka) without making it unready, as Kafka being away does.
 * A service that consumes produces one with {@code @Readiness}.
 */
public final class ConsumerReadiness implements HealthCheck {

    public static final String NAME = "kafka-consumers";
    public static final String READING = "reading";
    public static final String STOPPED = "stopped (degraded: it restarts with backoff, events wait in Kafka)";

    private final TopicConsumers consumers;

    public ConsumerReadiness(TopicConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        consumers.readingByTopic().forEach((topic, reading) -> data.put(topic, reading ? READING : STOPPED));
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(data));
    }
}
