package org.southsouth.gateway.openapi;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.southsouth.gateway.auth.Role;

/** The security part of the unified document: schemes, the default requirement, and the gateway's own answers. */
final class GatewaySecurity {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Map<String, String> ROLE_SCOPES = Map.of(
            "admin", "Network administration, API clients included",
            "coordinator", "Coordinates the network: every resource, every organization",
            "partner", "A partner organization's system: its own organization's data and nominees",
            "reporter", "Read-only figures and public network data",
            "volunteer", "A volunteer's own profile, hours and registrations");
    private static final Map<String, String> GATEWAY_ANSWERS = Map.of(
            "401", "No valid bearer token",
            "403", "The token's roles may not make this call",
            "429", "Rate limit of the client exceeded; see Retry-After and RateLimit-*",
            "503", "The service is unavailable or its circuit is open; see Retry-After");

    private GatewaySecurity() {
    }

    static void apply(ObjectNode document, ObjectNode components, ObjectNode paths, String tokenUrl) {
        ObjectNode schemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        ObjectNode scopes = schemes.putObject("oauth2").put("type", "oauth2")
                .put("description", "Client credentials: POST client id and secret to the token URL, send the token as bearer.")
                .putObject("flows").putObject("clientCredentials").put("tokenUrl", tokenUrl).putObject("scopes");
        for (Role role : Role.values()) {
            scopes.put(role.claim(), ROLE_SCOPES.get(role.claim()));
        }
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A JWT from /oauth2/token (or a configured OIDC issuer)");
        schemes.putObject("clientBasic").put("type", "http").put("scheme", "basic")
                .put("description", "Client id and secret, for the token endpoint only");
        ArrayNode security = document.putArray("security");
        security.addObject().putArray("oauth2");
        security.addObject().putArray("bearer");
        ensureProblemSchema(components);
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

    private static void addGatewayAnswers(ObjectNode operation) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        GATEWAY_ANSWERS.forEach((status, description) -> {
            if (!responses.has(status)) {
                responses.putObject(status).put("description", description)
                        .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM_REF);
            }
        });
    }

    private static void ensureProblemSchema(ObjectNode components) {
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
        if (!schemas.has("Problem")) {
            ObjectNode problem = schemas.putObject("Problem").put("type", "object").put("description", "RFC 9457 problem details");
            ObjectNode properties = problem.putObject("properties");
            properties.putObject("type").put("type", "string");
            properties.putObject("title").put("type", "string");
            properties.putObject("status").put("type", "integer");
            properties.putObject("detail").put("type", "string");
            properties.putObject("instance").put("type", "string");
        }
    }
}
