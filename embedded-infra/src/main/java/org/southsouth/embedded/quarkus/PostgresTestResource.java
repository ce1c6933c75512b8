package org.southsouth.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.southsouth.embedded.EmbeddedPostgresServer;

/**
 * Starts a real PostgreSQL for {@code @QuarkusTest} and points the default datasource at a fresh database
 * (init argument {@code database}, default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer postgres;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgresServer.start(0, null);
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.createDatabase(database),
                "quarkus.datasource.username",
                EmbeddedPostgresServer.USER,
                "quarkus.datasource.password",
                "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
