package org.southsouth.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.southsouth.gateway.auth.Role;
import org.southsouth.rest.openapi.StandardResponse;

/**
 * The security part of the unified document: schemes, the default requirement, and what the gateway itself adds to
 * every guarded operation ({@code /api/}, {@code /admin/}): the statuses it may answer with, as references to the
 * shared problem responses, and its {@code RateLimit-*} headers on every response.
 */
final class GatewaySecurity {

    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Map<String, String> ROLE_SCOPES = Map.of(
            "admin", "Network administration, API clients included",
            "coordinator", "Coordinates the network: every resource, every organization",
            "partner", "A partner organization's system: its own organization's data and nominees",
            "reporter", "Read-only figures and public network data",
            "volunteer", "A volunteer's own profile, hours and registrations");
    private static final List<StandardResponse> GATEWAY_ANSWERS = List.of(
            StandardResponse.UNAUTHORIZED,
            StandardResponse.FORBIDDEN,
            StandardResponse.URI_TOO_LONG,
            StandardResponse.TOO_MANY_REQUESTS,
            StandardResponse.SERVICE_UNAVAILABLE,
            StandardResponse.GATEWAY_TIMEOUT);
    private static final Map<String, String> RATE_LIMIT_HEADERS = new TreeMap<>(Map.of(
            "RateLimit-Limit", "Requests the client may make in the current window",
            "RateLimit-Remaining", "Requests left in the current window",
            "RateLimit-Reset", "Seconds until the window resets; when nothing is left, the same as Retry-After"));

    private GatewaySecurity() {}

    static void apply(ObjectNode document, ObjectNode components, ObjectNode paths, String tokenUrl) {
        // The gateway authenticates; what a service's own document declares (Quarkus adds one) does not apply.
        ObjectNode schemes = components.putObject("securitySchemes");
        ObjectNode scopes = schemes.putObject("oauth2")
                .put("type", "oauth2")
                .put(
                        "description",
                        "Client credentials: POST client id and secret to the token URL, send the token as bearer.")
                .putObject("flows")
                .putObject("clientCredentials")
                .put("tokenUrl", tokenUrl)
                .putObject("scopes");
        for (Role role : Role.values()) {
            scopes.put(role.claim(), ROLE_SCOPES.get(role.claim()));
        }
        schemes.putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "A JWT from /oauth2/token (or a configured OIDC issuer)");
        schemes.putObject("clientBasic")
                .put("type", "http")
                .put("scheme", "basic")
                .put("description", "Client id and secret, for the token endpoint only");
        ArrayNode security = document.putArray("security");
        security.addObject().putArray("oauth2");
        security.addObject().putArray("bearer");
        declareRateLimitHeaders(components);
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            boolean guarded = path.getKey().startsWith("/api/") || path.getKey().startsWith("/admin/");
            path.getValue().properties().forEach(operation -> {
                if (OPERATIONS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                    if (guarded) {
                        addGatewayAnswers(op);
                    } else if (!op.has("security")) {
                        op.putArray("security");
                    }
                }
            });
        }
    }

    /** The gateway sends them on every answer of a guarded operation, the shared problem responses included. */
    private static void declareRateLimitHeaders(ObjectNode components) {
        ObjectNode headers = object(components, "headers");
        RATE_LIMIT_HEADERS.forEach((name, description) -> headers.putObject(name)
                .put("description", description)
                .putObject("schema")
                .put("type", "integer")
                .put("minimum", 0));
        object(components, "responses")
                .properties()
                .forEach(response -> addRateLimitHeaders((ObjectNode) response.getValue()));
    }

    private static void addGatewayAnswers(ObjectNode operation) {
        ObjectNode responses = object(operation, "responses");
        for (StandardResponse answer : GATEWAY_ANSWERS) {
            addIfAbsent(responses, answer);
        }
        if (operation.has("requestBody")) {
            addIfAbsent(responses, StandardResponse.CONTENT_TOO_LARGE);
        }
        responses.properties().forEach(response -> {
            if (!response.getValue().has("$ref")) {
                addRateLimitHeaders((ObjectNode) response.getValue());
            }
        });
    }

    private static void addIfAbsent(ObjectNode responses, StandardResponse answer) {
        if (!responses.has(answer.status())) {
            responses.putObject(answer.status()).put("$ref", answer.ref());
        }
    }

    private static void addRateLimitHeaders(ObjectNode response) {
        ObjectNode headers = object(response, "headers");
        RATE_LIMIT_HEADERS
                .keySet()
                .forEach(name -> headers.putObject(name).put("$ref", "#/components/headers/" + name));
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.has(field) ? (ObjectNode) parent.get(field) : parent.putObject(field);
    }
}
