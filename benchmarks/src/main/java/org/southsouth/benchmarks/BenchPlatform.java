package org.southsouth.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.southsouth.launcher.Platform;
import org.southsouth.launcher.PlatformSettings;
import org.southsouth.launcher.QuietLogging;

/**
 * The packaged platform as the benchmarks use it: started like {@code ./platform} on free ports with nothing kept,
 * and an admin token from the gateway, so that a benchmark can call a service directly (services verify tokens
 * themselves) as well as through the gateway, and reach each service's store for seeding and baselines.
 */
final class BenchPlatform implements AutoCloseable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    /** Renewed this long before it expires, so no request in flight carries an expired token. */
    private static final Duration RENEWAL_MARGIN = Duration.ofMinutes(2);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;
    private String token;
    private long renewAtNanos;

    private BenchPlatform(Platform platform) {
        this.platform = platform;
        renewToken();
    }

    static BenchPlatform start() {
        QuietLogging.apply();
        Path home = Path.of(System.getProperty("platform.home", "."))
                .toAbsolutePath()
                .normalize();
        PlatformSettings settings = settings(home);
        System.out.println("Starting the platform (embedded infrastructure, packaged services with "
                + settings.serviceJavaOptions() + ")…");
        return new BenchPlatform(Platform.start(settings, line -> {}));
    }

    /**
     * Ephemeral, with the services' JVM options of the local run: {@code SERVICE_JAVA_OPTS} when set, as
     * {@code ./platform} reads it, so that a benchmark can measure other options (the ephemeral settings ignore it).
     */
    private static PlatformSettings settings(Path home) {
        PlatformSettings ephemeral = PlatformSettings.ephemeral(home);
        String options = System.getenv("SERVICE_JAVA_OPTS");
        if (options == null || options.isBlank()) {
            return ephemeral;
        }
        return new PlatformSettings(
                ephemeral.home(),
                ephemeral.dataDir(),
                ephemeral.gatewayPort(),
                ephemeral.gatewayManagementPort(),
                ephemeral.partnerPort(),
                ephemeral.volunteerPort(),
                ephemeral.eventsPort(),
                ephemeral.webhookPort(),
                ephemeral.kafkaPort(),
                ephemeral.postgresPort(),
                ephemeral.mongoPort(),
                ephemeral.kafkaBootstrap(),
                ephemeral.postgresBaseUrl(),
                ephemeral.postgresUser(),
                ephemeral.postgresPassword(),
                ephemeral.mongoUri(),
                options,
                ephemeral.admin());
    }

    Platform platform() {
        return platform;
    }

    String serviceUrl(String service) {
        return platform.serviceUrl(service);
    }

    String gatewayUrl() {
        return platform.gatewayUrl();
    }

    /** JDBC URL of a service's own database (partner, volunteer). */
    String jdbcUrl(String database) {
        return platform.infrastructure().createDatabase(database);
    }

    String mongoUri() {
        return platform.infrastructure().mongoUri();
    }

    String kafkaBootstrap() {
        return platform.infrastructure().kafkaBootstrap();
    }

    /** A request with the admin's bearer token (a fresh one once the current one nears its expiry: runs outlast tokens). */
    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token());
    }

    private synchronized String token() {
        if (System.nanoTime() - renewAtNanos >= 0) {
            renewToken();
        }
        return token;
    }

    /** GET with the admin's token; the body, or an exception naming the status when it is not 200. */
    String get(String url) {
        HttpResponse<String> response = send(request(url).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void renewToken() {
        String basic = URLEncoder.encode(platform.admin().clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(platform.admin().secret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/oauth2/token"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        String body = send(request).body();
        Matcher accessToken = ACCESS_TOKEN.matcher(body);
        Matcher expiresIn = EXPIRES_IN.matcher(body);
        if (!accessToken.find() || !expiresIn.find()) {
            throw new IllegalStateException("The gateway gave the bootstrap admin no token: " + body);
        }
        token = accessToken.group(1);
        renewAtNanos = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(expiresIn.group(1)))
                        .minus(RENEWAL_MARGIN)
                        .toNanos();
    }

    @Override
    public void close() {
        platform.close();
    }
}
