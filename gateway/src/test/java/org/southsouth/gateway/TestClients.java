package org.southsouth.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Registers clients through the admin API and gets their tokens, as a partner system would. */
final class TestClients {

    static final String ADMIN_ID = "test-admin";
    static final String ADMIN_SECRET = "test-admin-secret";

    private TestClients() {}

    record Registered(String clientId, String secret) {
        String token() {
            return TestClients.token(clientId, secret);
        }
    }

    static String adminToken() {
        return token(ADMIN_ID, ADMIN_SECRET);
    }

    static String token(String clientId, String secret) {
        return given().auth()
                .preemptive()
                .basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static Registered register(List<String> roles, UUID organizationId, Integer rateLimitPerMinute) {
        return register(
                roles, organizationId, roles.contains("volunteer") ? UUID.randomUUID() : null, rateLimitPerMinute);
    }

    static Registered register(List<String> roles, UUID organizationId, UUID volunteerId, Integer rateLimitPerMinute) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Test client " + roles);
        body.put("roles", roles);
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        if (volunteerId != null) {
            body.put("volunteerId", volunteerId);
        }
        if (rateLimitPerMinute != null) {
            body.put("rateLimitPerMinute", rateLimitPerMinute);
        }
        var created = given().auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(201)
                .extract();
        return new Registered(created.path("client.clientId"), created.path("clientSecret"));
    }

    static Registered register(String role) {
        return register(List.of(role), "partner".equals(role) ? UUID.randomUUID() : null, null);
    }

    /** Base URL of a stub upstream, to steer it directly. */
    static String upstream(String name) {
        return ConfigProvider.getConfig().getValue("gateway.upstreams." + name, String.class);
    }
}
