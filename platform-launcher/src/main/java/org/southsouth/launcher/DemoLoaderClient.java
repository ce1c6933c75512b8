package org.southsouth.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.bson.Document;

/**
 * The gateway client the demo-data loader runs as: a coordinator whose own rate limit ({@value #REQUESTS_PER_MINUTE}
 * requests a minute) lets a thousand requests through in seconds, where the default (600 a minute) would make the
 * load wait. Registered by the bootstrap admin on the first load; each later load gives it a new secret, since a
 * secret is shown only once and the launcher keeps none.
 */
final class DemoLoaderClient {

    static final String CLIENT_ID = "demo-data-loader";
    static final int REQUESTS_PER_MINUTE = 100_000;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoLoaderClient() {}

    /** Registers the client (or renews its secret) and returns its secret. */
    static String secret(String gatewayUrl, AdminClient admin) {
        String token = Document.parse(send(
                        HttpRequest.newBuilder(URI.create(gatewayUrl + "/oauth2/token"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((admin.clientId() + ":" + admin.secret())
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")),
                        200))
                .getString("access_token");
        String registration = new Document("clientId", CLIENT_ID)
                .append("name", "Demo-data loader (./platform --demo-data)")
                .append("roles", List.of("coordinator"))
                .append("rateLimitPerMinute", REQUESTS_PER_MINUTE)
                .toJson();
        HttpResponse<String> registered = exchange(HttpRequest.newBuilder(URI.create(gatewayUrl + "/admin/v1/clients"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registration)));
        String issued = registered.statusCode() == 409
                ? send(
                        HttpRequest.newBuilder(URI.create(gatewayUrl + "/admin/v1/clients/" + CLIENT_ID + "/secret"))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody()),
                        200)
                : expect(registered, 201);
        return Document.parse(issued).getString("clientSecret");
    }

    private static String send(HttpRequest.Builder request, int expected) {
        return expect(exchange(request), expected);
    }

    private static String expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new LaunchException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException("The gateway does not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while registering the demo-data loader's client");
        }
    }
}
