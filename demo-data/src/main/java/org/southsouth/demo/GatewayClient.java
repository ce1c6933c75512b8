package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public API of the gateway, as any integrating partner system uses it: JSON over HTTP, Idempotency-Key on
 * creation, paged lists, and an OAuth2 client-credentials bearer token when credentials are given. Safe to use from
 * several threads: they share one token.
 */
public final class GatewayClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Longer than the gateway gives a batch (gateway.batch-upstream-timeout, 60 s), so its own 504 arrives. */
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(70);

    private static final int PAGE_SIZE = 200;
    private static final int MAX_RATE_LIMITED_RETRIES = 120;

    private final String baseUrl;
    private final ClientCredentials credentials;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong requests = new AtomicLong();
    private volatile String accessToken;

    public GatewayClient(String baseUrl, ClientCredentials credentials) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.credentials = credentials;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The request counter of the step running on this thread and on the threads it starts, if any. */
    private static final InheritableThreadLocal<AtomicLong> STEP_REQUESTS = new InheritableThreadLocal<>();

    /**
     * Runs {@code step} and answers the requests it sent, from this thread and from the threads it starts (token
     * requests and retries included), not counting what other threads send beside it.
     */
    public static long countRequests(Runnable step) {
        AtomicLong outer = STEP_REQUESTS.get();
        AtomicLong counter = new AtomicLong();
        STEP_REQUESTS.set(counter);
        try {
            step.run();
        } finally {
            STEP_REQUESTS.set(outer);
        }
        return counter.get();
    }

    /** HTTP requests sent so far: token requests and retries after a 429 included. */
    public long requests() {
        return requests.get();
    }

    public ApiResponse get(String path) {
        return send("GET " + path, HttpRequest.newBuilder(uri(path)).GET(), path);
    }

    /**
     * Creates a record or takes a step (a null body sends none); the key makes a retry (or a second load within the
     * key's lifetime) return the first answer.
     */
    public ApiResponse post(String path, String idempotencyKey, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send("POST " + path, request, path);
    }

    public ApiResponse delete(String path) {
        return send("DELETE " + path, HttpRequest.newBuilder(uri(path)).DELETE(), path);
    }

    /**
     * Sends a batch ({@code {"items": [...]}}, at most 500) to a collection's {@code /bulk} operation and answers one
     * result per item in request order: {@code outcome} (created, updated, unchanged, failed), {@code id}, and
     * {@code problem} when it failed. No Idempotency-Key: the items' externalIds make a re-sent batch update what it
     * created, where a replayed key would answer the first result again.
     */
    public List<JsonNode> bulk(String path, List<?> items) {
        List<JsonNode> results = new ArrayList<>(items.size());
        post(path, null, Map.of("items", items)).body().path("items").forEach(results::add);
        return results;
    }

    /** Every record of a collection, page by page (the filter, if any, in the query). */
    public List<JsonNode> listAll(String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode body = get(path + separator + "page=" + page + "&size=" + PAGE_SIZE)
                    .body();
            body.path("items").forEach(items::add);
            if (body.path("items").size() < PAGE_SIZE
                    || items.size() >= body.path("total").asLong()) {
                return items;
            }
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ApiResponse send(String operation, HttpRequest.Builder request, String path) {
        request.timeout(path.endsWith("/bulk") ? BATCH_TIMEOUT : TIMEOUT).header("Accept", "application/json");
        HttpResponse<String> response = exchange(request, false);
        if (response.statusCode() == 401 && credentials != null) {
            accessToken = null;
            response = exchange(request, false);
        }
        for (int attempt = 1; response.statusCode() == 429 && attempt <= MAX_RATE_LIMITED_RETRIES; attempt++) {
            pauseAsAsked(response);
            response = exchange(request, false);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode body = response.body().isBlank() ? NullNode.getInstance() : read(response.body());
            boolean replayed = response.headers()
                    .firstValue("Idempotency-Replayed")
                    .map("true"::equalsIgnoreCase)
                    .orElse(false);
            return new ApiResponse(status, body, replayed);
        }
        if (status == 405 || status == 404 && isRouteMissing(path)) {
            throw new EndpointMissing(status, operation);
        }
        throw new ApiException(status, operation + " → " + status + " " + problemText(response.body()));
    }

    /** A client over its rate limit waits as long as the gateway's {@code Retry-After} says, then tries again. */
    private static void pauseAsAsked(HttpResponse<String> response) {
        long seconds = response.headers()
                .firstValue("Retry-After")
                .map(String::strip)
                .filter(v -> v.matches("\\d{1,3}"))
                .map(Long::parseLong)
                .orElse(1L);
        try {
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(429, "Interrupted while waiting out the rate limit");
        }
    }

    /** A 404 for the collection itself (not for one record of it) means the operation does not exist. */
    private static boolean isRouteMissing(String path) {
        String withoutQuery = path.split("\\?")[0];
        String last = withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1);
        return !last.matches("[0-9a-fA-F-]{36}");
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, boolean tokenRequest) {
        if (credentials != null && !tokenRequest) {
            request.setHeader("Authorization", "Bearer " + token());
        }
        requests.incrementAndGet();
        AtomicLong step = STEP_REQUESTS.get();
        if (step != null) {
            step.incrementAndGet();
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiException(0, "The gateway at " + baseUrl + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted");
        }
    }

    private synchronized String token() {
        if (accessToken == null) {
            String form = "grant_type=client_credentials&client_id=" + encode(credentials.clientId())
                    + "&client_secret=" + encode(credentials.clientSecret());
            HttpResponse<String> response = exchange(
                    HttpRequest.newBuilder(tokenUri())
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(form)),
                    true);
            if (response.statusCode() != 200) {
                throw new ApiException(
                        response.statusCode(),
                        "No token for client " + credentials.clientId() + " from POST " + tokenUri() + ": "
                                + response.statusCode() + " " + problemText(response.body()));
            }
            accessToken = read(response.body()).path("access_token").asText();
        }
        return accessToken;
    }

    private String problemText(String body) {
        try {
            JsonNode problem = json.readTree(body);
            String text = problem.path("title").asText("")
                    + (problem.has("detail") ? ": " + problem.path("detail").asText() : "");
            if (problem.has("errors")) {
                text += " " + problem.path("errors");
            }
            return text.isBlank() ? body : text;
        } catch (IOException e) {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    private URI tokenUri() {
        return credentials.tokenUrl() != null ? URI.create(credentials.tokenUrl()) : uri("/oauth2/token");
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + body, e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new ApiException(0, "The gateway answered with something that is not JSON: " + body);
        }
    }
}
