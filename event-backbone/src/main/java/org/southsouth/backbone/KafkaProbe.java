package org.southsouth.backbone;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Asks the Kafka cluster whether it answers, for readiness checks. */
public final class KafkaProbe implements AutoCloseable {

    private final Admin admin;

    public KafkaProbe(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafkaConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness-probe");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        this.admin = Admin.create(config);
    }

    public boolean reachable(Duration timeout) {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .clusterId()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
