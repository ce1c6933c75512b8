package org.southsouth.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.southsouth.embedded.EmbeddedKafkaBroker;

/** Starts a real Kafka broker for {@code @QuarkusTest} and points {@code kafka.bootstrap.servers} at it. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedKafkaBroker broker;

    /** The running broker, so fault tests can stop and restart it. */
    public static EmbeddedKafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = EmbeddedKafkaBroker.start(0, null);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
