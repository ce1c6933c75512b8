package org.southsouth.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.southsouth.embedded.EmbeddedMongoServer;

/** Starts an in-memory MongoDB-wire server for {@code @QuarkusTest} and points the Mongo client at it. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMongoServer mongo;

    @Override
    public Map<String, String> start() {
        mongo = EmbeddedMongoServer.start(0, null);
        return Map.of("quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.close();
        }
    }
}
