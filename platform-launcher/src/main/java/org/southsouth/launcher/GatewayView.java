package org.southsouth.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the gateway says about a service, read from its readiness (which asks each upstream when called), so the
 * console tells what callers meet while something is down and once it is back.
 */
final class GatewayView {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String GATEWAY = "gateway";
    /** An upstream's entry in the readiness answer, as {@code UpstreamReadiness} writes it. */
    private static final Pattern UPSTREAM =
            Pattern.compile("\"([a-z-]+)\"\\s*:\\s*\"(up|down \\(\\d+\\)|unreachable|unknown)\"");

    private final String publicUrl;
    private final URI readiness;

    GatewayView(String publicUrl, String managementUrl) {
        this.publicUrl = publicUrl;
        this.readiness = URI.create(managementUrl + "/q/health/ready");
    }

    /**
     * One line on what the gateway answers now: for a service, its upstream's state; for the gateway itself, whether
     * the API answers; for anything else (PostgreSQL), every upstream's state.
     */
    String describe(String name) {
        String body;
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(readiness).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            body = response.body();
        } catch (HttpTimeoutException e) {
            return "the gateway's readiness did not answer within " + TIMEOUT.toSeconds() + " s (" + readiness + ")";
        } catch (IOException e) {
            return "the gateway does not answer (" + readiness + "): the API at " + publicUrl + " is down";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "gateway not asked (interrupted)";
        }
        if (name.equals(GATEWAY)) {
            return "the gateway answers again at " + publicUrl;
        }
        Map<String, String> upstreams = upstreams(body);
        String upstream = upstreamName(name);
        if (!upstreams.containsKey(upstream)) {
            return "gateway readiness: "
                    + upstreams.entrySet().stream()
                            .map(entry -> entry.getKey() + ": " + entry.getValue())
                            .collect(Collectors.joining(", "));
        }
        String line = "gateway readiness: " + upstream + ": " + upstreams.get(upstream);
        return upstreams.get(upstream).equals("up")
                ? line
                : line + " (its API paths answer 503 with Retry-After meanwhile)";
    }

    private static Map<String, String> upstreams(String readinessBody) {
        Map<String, String> states = new LinkedHashMap<>();
        Matcher entry = UPSTREAM.matcher(readinessBody);
        while (entry.find()) {
            states.put(entry.group(1), entry.group(2));
        }
        return states;
    }

    /** The gateway names its upstreams after the services: partner-service is {@code partner}. */
    private static String upstreamName(String service) {
        return service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
    }
}
