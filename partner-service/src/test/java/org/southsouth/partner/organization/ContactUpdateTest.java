package org.southsouth.partner.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ContactUpdateTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndMovesTheRevision() {
        String path = contact("Kenya Volunteer Council", "KE");
        given().get(path).then().statusCode(200).header("ETag", "\"1\"");

        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"role\": \"Head of partnerships\", \"phone\": null}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("name", equalTo("Wanjiru Kamau"))
                .body("email", equalTo("wanjiru@example.org"))
                .body("role", equalTo("Head of partnerships"))
                .body("phone", nullValue());
        given().contentType(MERGE_PATCH)
                .body("{\"role\": \"Head of partnerships\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");

        given().get(path)
                .then()
                .header("ETag", "\"2\"")
                .body("role", equalTo("Head of partnerships"))
                .body("phone", nullValue());
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String path = contact("Uganda Volunteer Forum", "UG");
        given().contentType(MERGE_PATCH)
                .body("{\"role\": \"Director\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");

        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"role\": \"Old role\"}")
                .patch(path)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().get(path).then().header("ETag", "\"2\"").body("role", equalTo("Director"));
    }

    @Test
    void badPatchesAreProblemsNamingTheFieldAndChangeNothing() {
        String path = contact("Tanzania Youth Service", "TZ");
        given().contentType(MERGE_PATCH)
                .body("{\"email\": \"not-an-email\", \"preferredLanguage\": \"xx\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("preferredLanguage"));
        given().contentType(MERGE_PATCH)
                .body("{\"name\": null}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
        given().contentType(MERGE_PATCH)
                .body("{\"organizationId\": \"00000000-0000-0000-0000-000000000000\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationId"));
        given().contentType(MERGE_PATCH).body("[]").patch(path).then().statusCode(400);
        given().get(path).then().header("ETag", "\"1\"").body("email", equalTo("wanjiru@example.org"));
    }

    @Test
    void anUnknownContactOrOneOfAnotherOrganizationIs404() {
        String path = contact("Rwanda Volunteers", "RW");
        String other = Organizations.register("Burundi Volunteers", "22", "BI");
        String contactId = path.substring(path.lastIndexOf('/') + 1);
        given().contentType(MERGE_PATCH)
                .body("{\"role\": \"X\"}")
                .patch("/api/v1/organizations/" + other + "/contacts/" + contactId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // deleteContact documents no JSON body: a generated client accepts only problems, another client only JSON.
        for (String accepted : List.of("application/problem+json", "application/json")) {
            given().accept(accepted)
                    .delete("/api/v1/organizations/" + other + "/contacts/" + contactId)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        given().get(path).then().header("ETag", "\"1\"");
    }

    @Test
    void everyOperationThatSucceedsWithoutABodyAnswersAClientAcceptingOnlyProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> checked = new ArrayList<>();
        List<String> answered406 = new ArrayList<>();
        paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
            if (!template.startsWith("/api/") || succeedsWithABody(operation)) {
                return;
            }
            checked.add(method + " " + template);
            String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = given().accept("application/problem+json")
                    .request(method.toUpperCase(Locale.ROOT), path)
                    .statusCode();
            if (status == 406) {
                answered406.add(method + " " + template);
            }
        }));
        assertEquals(List.of("delete /api/v1/organizations/{organizationId}/contacts/{contactId}"), checked);
        assertEquals(List.of(), answered406);
    }

    /** An operation answering a body accepts its media type too; one that never does gets only problems. */
    @SuppressWarnings("unchecked")
    private static boolean succeedsWithABody(Map<String, Object> operation) {
        return ((Map<String, Map<String, Object>>) operation.get("responses"))
                .entrySet().stream()
                        .anyMatch(response -> response.getKey().startsWith("2")
                                && response.getValue().get("content") != null);
    }

    private static String contact(String organization, String country) {
        String id = Organizations.register(organization, "22", country);
        String contactId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Wanjiru Kamau", "email", "wanjiru@example.org", "phone", "+254 20 123 456"))
                .post("/api/v1/organizations/" + id + "/contacts")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .extract()
                .path("id");
        return "/api/v1/organizations/" + id + "/contacts/" + contactId;
    }
}
