package org.southsouth.partner;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Registers organizations for tests through the API. */
public final class Organizations {

    private Organizations() {}

    public static Map<String, Object> body(String name, String type, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("country", country);
        return body;
    }

    public static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String register(String name, String type, String country) {
        return register(body(name, type, country));
    }
}
