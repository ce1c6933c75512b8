package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds and registers volunteers through the API. */
final class Volunteers {

    private Volunteers() {}

    static Map<String, Object> profile(UUID homeOrganizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Amina Njoroge");
        body.put("email", "amina-" + UUID.randomUUID() + "@example.org");
        body.put("phone", "+254 700 000000");
        body.put("nationality", "KE");
        body.put("residence", "KE");
        body.put("homeOrganizationId", homeOrganizationId.toString());
        body.put("bio", "Nurse, five years in community health");
        body.put("languages", List.of(Map.of("code", "sw", "level", "NATIVE"), Map.of("code", "en", "level", "C1")));
        body.put("skills", List.of("community-health"));
        body.put("availability", List.of(Map.of("from", "2027-01-01", "to", "2027-12-31")));
        return body;
    }

    static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String register(UUID homeOrganizationId) {
        return register(profile(homeOrganizationId));
    }
}
