package org.southsouth.partner;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records partnerships and moves them through their life for tests. */
public final class Partnerships {

    private Partnerships() {}

    public static Map<String, Object> body(String title, String kind, String... partyIdsAndRoles) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        List<Map<String, String>> parties = new java.util.ArrayList<>();
        for (int i = 0; i < partyIdsAndRoles.length; i += 2) {
            parties.add(Map.of("organizationId", partyIdsAndRoles[i], "role", partyIdsAndRoles[i + 1]));
        }
        body.put("parties", parties);
        return body;
    }

    public static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void step(String id, String status, String on) {
        given().contentType(ContentType.JSON)
                .body(on == null ? Map.of("status", status) : Map.of("status", status, "on", on))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200);
    }
}
