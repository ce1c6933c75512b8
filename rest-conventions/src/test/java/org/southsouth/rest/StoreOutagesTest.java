package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItemResult;

/** The failures the real drivers and pool throw when a store cannot be reached are a 503 to retry, not a 500. */
class StoreOutagesTest {

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> "/api/v1/organizations");

    @BeforeEach
    void configuredByDefault() {
        configure(Map.of());
    }

    @AfterAll
    static void releaseConfiguration() {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    @Test
    void theConfiguredRetryAfterIsWhatTheClientIsTold() {
        configure(Map.of("southsouth.store-outage.retry-after", "30s"));
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        Response response = new ProblemMappers().unexpected(lost, URI);

        assertEquals("30", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertTrue(((Problem) response.getEntity()).detail().endsWith("Retry after 30 seconds."));
    }

    @Test
    void aRefusedPostgresConnectionIsA503WithRetryAfter() throws IOException {
        String url = "jdbc:postgresql://localhost:" + closedPort() + "/partner";
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", ""));

        assertUnavailable(new ProblemMappers().unexpected(new IllegalStateException("wrapped", refused), URI));
    }

    @Test
    void noPooledConnectionInTimeIsA503WithRetryAfter() throws Exception {
        // A server that takes the connection and never answers: the pool gives up on it after its acquisition timeout.
        try (ServerSocket silent = new ServerSocket(0);
                AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(settings -> settings.maxSize(1)
                                .acquisitionTimeout(Duration.ofMillis(300))
                                .connectionFactoryConfiguration(factory -> factory.jdbcUrl(
                                        "jdbc:postgresql://localhost:" + silent.getLocalPort() + "/partner"))))) {
            SQLException timedOut = assertThrows(SQLException.class, pool::getConnection);

            assertUnavailable(new ProblemMappers().unexpected(timedOut, URI));
        }
    }

    @Test
    void noMongoServerFoundInTimeIsA503WithRetryAfter() throws IOException {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + closedPort()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            RuntimeException timedOut = assertThrows(
                    RuntimeException.class, () -> client.getDatabase("events").runCommand(new Document("ping", 1)));

            assertUnavailable(new ProblemMappers().unexpected(timedOut, URI));
        }
    }

    @Test
    void aBatchItemThatFindsTheStoreUnreachableFailsWith503() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        BulkItemResult item = BulkItemReader.failed(3, "org-3", new IllegalStateException("wrapped", lost), "/bulk");

        assertEquals(503, item.status());
    }

    @Test
    void aServerShuttingDownIsA503AndABugStaysA500() {
        assertEquals(
                503,
                new ProblemMappers()
                        .unexpected(
                                new SQLException("terminating connection due to administrator command", "57P01"), URI)
                        .getStatus());
        assertEquals(
                500,
                new ProblemMappers()
                        .unexpected(new IllegalStateException("bug"), URI)
                        .getStatus());
    }

    private static void assertUnavailable(Response response) {
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        Problem problem = (Problem) response.getEntity();
        assertEquals("https://southsouth.org/problems/store-unavailable", problem.type());
        assertEquals("/api/v1/organizations", problem.instance());
    }

    private static void configure(Map<String, String> properties) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig());
        resolver.registerConfig(
                new SmallRyeConfigBuilder()
                        .withMapping(RestConventionsSettings.class)
                        .withConverter(Duration.class, 100, new DurationConverter())
                        .withSources(new PropertiesConfigSource(properties, "test", 100))
                        .build(),
                Thread.currentThread().getContextClassLoader());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
