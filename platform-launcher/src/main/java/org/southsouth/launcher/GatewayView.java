package org.southsouth.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway says about a service, read from its readiness (which asks each upstream when called), so the
 * console tells what callers meet while a service is down and once it is back.
 */
final class GatewayView {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String GATEWAY = "gateway";

    private final String publicUrl;
    private final URI readiness;

    GatewayView(String publicUrl, String managementUrl) {
        this.publicUrl = publicUrl;
        this.readiness = URI.create(managementUrl + "/q/health/ready");
    }

    /** One line on what the gateway answers now for the named service's API (or for the whole API, for itself). */
    String describe(String service) {
        String body;
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            body = response.body();
        } catch (IOException e) {
            return "the gateway does not answer (" + readiness + "): the API at " + publicUrl + " is down";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "gateway not asked (interrupted)";
        }
        if (service.equals(GATEWAY)) {
            return "the gateway answers again at " + publicUrl;
        }
        return upstreamLine(upstreamName(service), body);
    }

    private static String upstreamLine(String upstream, String readinessBody) {
        Pattern entry = Pattern.compile("\"" + Pattern.quote(upstream) + "\"\\s*:\\s*\"([^\"]*)\"");
        Matcher state = entry.matcher(readinessBody);
        if (!state.find()) {
            return "the gateway's readiness does not name " + upstream;
        }
        String line = "gateway readiness: " + upstream + ": " + state.group(1);
        return state.group(1).equals("up") ? line : line + " (its API paths answer 503 with Retry-After meanwhile)";
    }

    /** The gateway names its upstreams after the services: partner-service is {@code partner}. */
    private static String upstreamName(String service) {
        return service.endsWith("-service") ? service.substring(0, service.length() - "-service".length()) : service;
    }
}
