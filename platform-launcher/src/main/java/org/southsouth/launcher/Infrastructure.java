package org.southsouth.launcher;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.southsouth.embedded.EmbeddedKafkaBroker;
import org.southsouth.embedded.EmbeddedMongoServer;

/**
 * Kafka, PostgreSQL and MongoDB for the services: the embedded ones, or external servers that are checked
 * before anything else starts, so a wrong address fails fast with a message naming it.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final PlatformSettings settings;
    private final Consumer<String> progress;
    private final List<AutoCloseable> started = new ArrayList<>();
    private String kafkaBootstrap;
    private String postgresBaseUrl;
    private PostgresProcess embeddedPostgres;
    private String mongoUri;
    private EmbeddedKafkaBroker embeddedKafka;

    Infrastructure(PlatformSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    void start() {
        startKafka();
        startPostgres();
        startMongo();
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** The embedded broker, or null when an external Kafka is used. */
    public EmbeddedKafkaBroker embeddedKafka() {
        return embeddedKafka;
    }

    /** The embedded PostgreSQL server, or null when an external one is used. */
    PostgresProcess embeddedPostgres() {
        return embeddedPostgres;
    }

    public String mongoUri() {
        return mongoUri;
    }

    /** Creates the database if needed and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (embeddedPostgres != null) {
            return embeddedPostgres.createDatabase(name);
        }
        createExternalDatabase(name);
        return postgresBaseUrl + name;
    }

    private void startKafka() {
        long begin = System.nanoTime();
        if (settings.kafkaBootstrap() != null) {
            requireKafka(settings.kafkaBootstrap());
            kafkaBootstrap = settings.kafkaBootstrap();
            progress.accept(line("Kafka", kafkaBootstrap + " (external)", begin));
            return;
        }
        embeddedKafka = EmbeddedKafkaBroker.start(settings.kafkaPort(), settings.dataFolder("kafka"));
        started.add(embeddedKafka);
        kafkaBootstrap = embeddedKafka.bootstrapServers();
        progress.accept(line("Kafka", kafkaBootstrap, begin));
    }

    private void startPostgres() {
        long begin = System.nanoTime();
        if (settings.postgresBaseUrl() != null) {
            String base = settings.postgresBaseUrl();
            postgresBaseUrl = base.endsWith("/") ? base : base + "/";
            try (Connection ignored = connect(postgresBaseUrl + "postgres")) {
                progress.accept(line("PostgreSQL", postgresBaseUrl + " (external)", begin));
            } catch (SQLException e) {
                throw new LaunchException("PostgreSQL at " + postgresBaseUrl
                        + " (POSTGRES_JDBC_BASE_URL) cannot be reached: " + e.getMessage());
            }
            return;
        }
        embeddedPostgres = PostgresProcess.start(settings.postgresPort(), settings.dataFolder("postgres"));
        started.add(embeddedPostgres);
        progress.accept(line("PostgreSQL", embeddedPostgres.address(), begin));
    }

    private void startMongo() {
        long begin = System.nanoTime();
        if (settings.mongoUri() != null) {
            requireMongo(settings.mongoUri());
            mongoUri = settings.mongoUri();
            progress.accept(line("MongoDB", mongoUri + " (external)", begin));
            return;
        }
        var store = settings.dataFolder("mongo");
        EmbeddedMongoServer mongo =
                EmbeddedMongoServer.start(settings.mongoPort(), store == null ? null : store.resolve("events.mv"));
        started.add(mongo);
        mongoUri = mongo.connectionString();
        progress.accept(line("MongoDB-wire", mongoUri, begin));
    }

    private void createExternalDatabase(String name) {
        try (Connection connection = connect(postgresBaseUrl + "postgres");
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new LaunchException(
                    "Cannot create database " + name + " at " + postgresBaseUrl + ": " + e.getMessage());
        }
    }

    private Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout((int) CHECK_TIMEOUT.toSeconds());
        return DriverManager.getConnection(url, settings.postgresUser(), settings.postgresPassword());
    }

    private static void requireKafka(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) CHECK_TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) CHECK_TIMEOUT.toMillis()))) {
            admin.describeCluster().clusterId().get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new LaunchException("Kafka at " + bootstrap + " (KAFKA_BOOTSTRAP_SERVERS) does not answer within "
                    + CHECK_TIMEOUT.toSeconds() + " s.");
        }
    }

    private static void requireMongo(String uri) {
        MongoClientSettings clientSettings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient client = MongoClients.create(clientSettings)) {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (RuntimeException e) {
            throw new LaunchException(
                    "MongoDB at " + uri + " (MONGODB_URI) does not answer within " + CHECK_TIMEOUT.toSeconds() + " s.");
        }
    }

    private static String line(String what, String where, long beginNanos) {
        return String.format("  ✓ %-13s %-32s %5.1f s", what, where, (System.nanoTime() - beginNanos) / 1e9);
    }

    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (AutoCloseable closeable : reversed) {
            try {
                closeable.close();
            } catch (Exception e) {
                progress.accept("  ! could not stop " + closeable.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        started.clear();
    }
}
