package org.southsouth.gateway.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.southsouth.gateway.config.GatewaySettings;
import org.southsouth.gateway.routing.RouteTable;
import org.southsouth.gateway.routing.Upstream;

/**
 * Reports each upstream's readiness. The gateway itself stays ready while an upstream is down: it still serves
 * the others and answers for the missing one with a prompt 503.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    @Inject
    RouteTable routes;

    @Inject
    GatewaySettings settings;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(timeout()).build();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("upstreams").up();
        for (Upstream upstream : routes.upstreams()) {
            response.withData(upstream.name(), probe(upstream.baseUri().resolve("/q/health/ready")));
        }
        return response.build();
    }

    private String probe(URI uri) {
        try {
            int status = http.send(
                            HttpRequest.newBuilder(uri).timeout(timeout()).GET().build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200 ? "up" : "down (" + status + ")";
        } catch (java.io.IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private Duration timeout() {
        return settings.readiness().upstreamTimeout();
    }
}
