package org.southsouth.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.southsouth.embedded.Ports;

/**
 * Where the platform runs: ports, data folder and, for each piece of infrastructure, an external server to use
 * instead of the embedded one. Read from environment variables (see README), or ephemeral for tests.
 *
 * @param dataDir          kept between runs; null keeps nothing (temporary folders)
 * @param kafkaBootstrap   external Kafka, or null to run the embedded broker
 * @param postgresBaseUrl  external PostgreSQL as {@code jdbc:postgresql://host:port/} (one database per service
 *                         is appended), or null to run the embedded server
 * @param mongoUri         external MongoDB connection string, or null to run the embedded wire server
 * @param admin            the gateway's bootstrap admin client, which can get tokens and register other clients
 */
public record PlatformSettings(
        Path home,
        Path dataDir,
        int gatewayPort,
        int gatewayManagementPort,
        int partnerPort,
        int volunteerPort,
        int eventsPort,
        int webhookPort,
        int kafkaPort,
        int postgresPort,
        int mongoPort,
        String kafkaBootstrap,
        String postgresBaseUrl,
        String postgresUser,
        String postgresPassword,
        String mongoUri,
        String serviceJavaOptions,
        AdminClient admin) {

    /** The local run: fixed ports, data kept in {@code <home>/.data}, overridable by environment variables. */
    public static PlatformSettings fromEnvironment(Path home, Map<String, String> env) {
        Function<String, String> get = name -> blankToNull(env.get(name));
        Path dataDir = Path.of(
                        env.getOrDefault("SSVPN_DATA_DIR", home.resolve(".data").toString()))
                .toAbsolutePath();
        return new PlatformSettings(
                home,
                dataDir,
                port(env, "GATEWAY_PORT", 8080),
                port(env, "GATEWAY_MANAGEMENT_PORT", 9000),
                port(env, "PARTNER_PORT", 8081),
                port(env, "VOLUNTEER_PORT", 8082),
                port(env, "EVENTS_PORT", 8083),
                port(env, "WEBHOOK_PORT", 8084),
                port(env, "KAFKA_PORT", 9092),
                port(env, "POSTGRES_PORT", 15432),
                port(env, "MONGO_PORT", 27017),
                get.apply("KAFKA_BOOTSTRAP_SERVERS"),
                get.apply("POSTGRES_JDBC_BASE_URL"),
                env.getOrDefault("POSTGRES_USER", "postgres"),
                env.getOrDefault("POSTGRES_PASSWORD", ""),
                get.apply("MONGODB_URI"),
                env.getOrDefault("SERVICE_JAVA_OPTS", ServiceJvmOptions.defaults()),
                AdminClient.fromEnvironment(env, dataDir));
    }

    /** For tests: free ports, nothing kept, everything embedded. */
    public static PlatformSettings ephemeral(Path home) {
        return new PlatformSettings(
                home,
                null,
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                0,
                0,
                0,
                null,
                null,
                "postgres",
                "",
                null,
                ServiceJvmOptions.defaults(),
                AdminClient.random());
    }

    /** For measurements: free ports, data kept in {@code dataDir} across starts, the JVM options of the local run. */
    static PlatformSettings scratch(Path home, Path dataDir, Map<String, String> env) {
        return new PlatformSettings(
                home,
                dataDir,
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                Ports.free(),
                null,
                null,
                "postgres",
                "",
                null,
                env.getOrDefault("SERVICE_JAVA_OPTS", ServiceJvmOptions.defaults()),
                AdminClient.random());
    }

    public Path logDir() {
        try {
            Path logs = dataDir != null ? dataDir.resolve("logs") : Files.createTempDirectory("southsouth-logs-");
            return Files.createDirectories(logs);
        } catch (java.io.IOException e) {
            throw new LaunchException("Cannot create the log folder: " + e.getMessage());
        }
    }

    public Path dataFolder(String name) {
        return dataDir == null ? null : dataDir.resolve(name);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchException(name + "=" + value + " is not a port number.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
