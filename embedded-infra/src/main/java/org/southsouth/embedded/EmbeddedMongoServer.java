package org.southsouth.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * A MongoDB-wire-compatible server (mongo-java-server): in memory for tests, on an H2 file when data must
 * persist. It stands in for MongoDB locally; production runs against real MongoDB.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final int port;

    private EmbeddedMongoServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** {@code port} 0 picks a free port; {@code storeFile} null keeps the data in memory only. */
    public static EmbeddedMongoServer start(int port, Path storeFile) {
        int resolvedPort = Ports.resolve(port, "MongoDB");
        try {
            MongoBackend backend;
            if (storeFile == null) {
                backend = new MemoryBackend();
            } else {
                Files.createDirectories(storeFile.toAbsolutePath().getParent());
                backend = new H2Backend(storeFile.toString());
            }
            MongoServer server = new MongoServer(backend);
            server.bind("localhost", resolvedPort);
            LOG.infof(
                    "MongoDB-wire server up on localhost:%d (data: %s)",
                    resolvedPort, storeFile == null ? "memory" : storeFile);
            return new EmbeddedMongoServer(server, resolvedPort);
        } catch (IOException | RuntimeException e) {
            throw new InfrastructureException(
                    "MongoDB-wire server could not start on localhost:" + resolvedPort
                            + (storeFile == null ? "" : " with store " + storeFile) + ": " + e.getMessage(),
                    e);
        }
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
