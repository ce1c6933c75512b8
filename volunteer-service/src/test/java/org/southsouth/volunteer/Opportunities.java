package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds, drafts and publishes opportunities through the API (as network staff unless told otherwise). */
final class Opportunities {

    private Opportunities() {}

    /** Two community-health positions in Kathmandu, starting March–April 2027, for 6 to 12 months. */
    static Map<String, Object> fields(UUID host) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Community health volunteer");
        body.put("titleTranslations", Map.of("zh", "社区卫生志愿者"));
        body.put("description", "Support the district health office's outreach in Kathmandu");
        body.put("hostOrganizationId", host.toString());
        body.put("programme", "NATIONAL_FOREIGN_AID");
        body.put("country", "NP");
        body.put("city", "Kathmandu");
        body.put("startFrom", "2027-03-01");
        body.put("startTo", "2027-04-30");
        body.put("durationMonthsMin", 6);
        body.put("durationMonthsMax", 12);
        body.put("positions", 2);
        body.put("hostProvides", "Accommodation and a living allowance");
        body.put("applicationDeadline", "2027-01-31");
        body.put("skills", List.of(Map.of("code", "community-health", "level", "ADVANCED", "required", true)));
        body.put("languages", List.of(Map.of("code", "ne", "level", "B1"), Map.of("code", "en", "level", "B2")));
        body.put("sdgs", List.of(3));
        return body;
    }

    static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/opportunities");
    }

    static String draft(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }

    static String open(Map<String, Object> body) {
        String id = draft(body);
        move(id, "OPEN").then().statusCode(200);
        return id;
    }

    static Response move(String id, String status) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/opportunities/" + id + "/status");
    }
}
