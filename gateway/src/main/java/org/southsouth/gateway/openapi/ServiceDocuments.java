package org.southsouth.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.southsouth.gateway.config.GatewaySettings;
import org.southsouth.gateway.routing.RouteTable;
import org.southsouth.gateway.routing.Upstream;

/**
 * The services' live OpenAPI documents. Each is fetched when asked for; if a service does not answer, its last
 * good document stands in, so the unified document does not shrink while a service restarts.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    private static final String DEFAULT_DOCUMENT = "<default>";

    @Inject
    RouteTable routes;

    @Inject
    ObjectMapper json;

    @Inject
    OpenApiDocumentService ownDocument;

    @Inject
    GatewaySettings settings;

    private HttpClient http;
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(timeout()).build();
    }

    /** Service name → document, in service-name order; services never seen are absent. */
    public Map<String, JsonNode> current() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (Upstream upstream : routes.upstreams()) {
            JsonNode document = fetch(upstream);
            if (document != null) {
                lastGood.put(upstream.name(), document);
            }
            JsonNode known = lastGood.get(upstream.name());
            if (known != null) {
                documents.put(upstream.name(), known);
            }
        }
        return documents;
    }

    /** The gateway's own document, built by SmallRye OpenAPI from its resources' annotations. */
    public JsonNode gateway() {
        try {
            return json.readTree(ownDocument.getDocument(DEFAULT_DOCUMENT, Format.JSON));
        } catch (IOException e) {
            throw new IllegalStateException("The gateway's own OpenAPI document is not JSON", e);
        }
    }

    private JsonNode fetch(Upstream upstream) {
        URI uri = upstream.baseUri().resolve("/q/openapi?format=json");
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return json.readTree(response.body());
            }
            LOG.warnf("OpenAPI document of %s answered %d", upstream.name(), response.statusCode());
        } catch (IOException e) {
            LOG.warnf("OpenAPI document of %s unavailable: %s", upstream.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private Duration timeout() {
        return settings.openapi().fetchTimeout();
    }
}
