package org.southsouth.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/** A real PostgreSQL server from embedded binaries, with one database per service created on demand. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** {@code port} 0 picks a free port; {@code dataDir} null keeps no data after the JVM exits. */
    public static EmbeddedPostgresServer start(int port, Path dataDir) {
        int resolvedPort = Ports.resolve(port, "PostgreSQL");
        long begin = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(resolvedPort)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "200");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            LOG.infof(
                    "PostgreSQL up on localhost:%d in %d ms (data: %s)",
                    resolvedPort, (System.nanoTime() - begin) / 1_000_000, dataDir == null ? "temporary" : dataDir);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new InfrastructureException(
                    "PostgreSQL could not start on localhost:" + resolvedPort
                            + (dataDir == null ? "" : " with data directory " + dataDir) + ": " + e.getMessage(),
                    e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database when it does not exist yet and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database name must be a lower-case SQL identifier: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new InfrastructureException(
                    "Could not create database " + name + " on localhost:" + port() + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfrastructureException(
                    "PostgreSQL on localhost:" + port() + " did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
