package org.southsouth.events.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
public class KnowledgeProductResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    public static Map<String, Object> goodPractice(String title, String overview, UUID lead) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "GOOD_PRACTICE",
                "title",
                title,
                "type",
                "Community volunteering",
                "scope",
                "NATIONAL",
                "leadOrganizationIds",
                List.of(lead.toString()),
                "year",
                2019,
                "country",
                "CN",
                "region",
                "ASIA_PACIFIC",
                "sdgs",
                List.of(3, 11),
                "overview",
                overview));
        body.put("lessonsLearned", "Recognition keeps volunteers engaged");
        body.put("successFactors", "Local government support");
        body.put("sdgContributionHighlights", "Elderly care in 120 communities");
        body.put("languages", List.of("zh", "en"));
        return body;
    }

    public static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/knowledge-products")
                .then()
                .statusCode(201)
                .body("reviewStatus", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .extract()
                .path("id");
    }

    @Test
    void searchFindsWordsInChineseAndEnglishTogetherWithFilters() {
        UUID lead = Fixtures.organization();
        String chinese = create(goodPractice("社区志愿服务积分制度", "北京市社区志愿服务积分激励机制的经验", lead));
        String english = create(
                goodPractice("Volunteer time banking in Nairobi", "Youth volunteers exchange hours of service", lead));
        String lead2 = lead.toString();

        search(Map.of("q", "志愿服务", "leadOrganizationId", lead2)).body("items.id", contains(chinese));
        search(Map.of("q", "积分", "leadOrganizationId", lead2)).body("items.id", contains(chinese));
        search(Map.of("q", "volunteer bank", "leadOrganizationId", lead2)).body("items.id", contains(english));
        search(Map.of("q", "NAIROBI", "leadOrganizationId", lead2)).body("items.id", contains(english));
        search(Map.of("q", "服务 nairobi", "leadOrganizationId", lead2)).body("total", equalTo(0));
        // Regex characters are plain text: "nai.obi" would match "nairobi" as a pattern.
        search(Map.of("q", "nai.obi", "leadOrganizationId", lead2)).body("total", equalTo(0));
        search(Map.of(
                        "sdg",
                        11,
                        "country",
                        "CN",
                        "region",
                        "ASIA_PACIFIC",
                        "type",
                        "Community volunteering",
                        "year",
                        2019,
                        "kind",
                        "GOOD_PRACTICE",
                        "leadOrganizationId",
                        lead2,
                        "sort",
                        "title"))
                .body("items.id", contains(english, chinese));
        search(Map.of("sdg", 5, "leadOrganizationId", lead2)).body("total", equalTo(0));
        search(Map.of("region", "MARS")).statusCode(400);
    }

    @Test
    void reviewPublishesAndEveryEarlierVersionStaysReadable() {
        String id = create(goodPractice("Exchange camp toolkit", "How to run a camp", Fixtures.organization()));
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(Map.of("overview", "How to run a two-week camp"))
                .patch("/api/v1/knowledge-products/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        review(id, "PUBLISHED", 409);
        review(id, "IN_REVIEW", 200);
        review(id, "DRAFT", 200);
        review(id, "IN_REVIEW", 200);
        review(id, "PUBLISHED", 200);
        review(id, "ARCHIVED", 200);
        review(id, "PUBLISHED", 409);
        given().contentType(MERGE_PATCH)
                .body(Map.of("title", "Too late"))
                .patch("/api/v1/knowledge-products/" + id)
                .then()
                .statusCode(409);

        given().get("/api/v1/knowledge-products/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("overview", equalTo("How to run a camp"))
                .body("reviewStatus", equalTo("DRAFT"));
        given().get("/api/v1/knowledge-products/" + id + "/versions/6")
                .then()
                .statusCode(200)
                .body("reviewStatus", equalTo("PUBLISHED"));
        given().get("/api/v1/knowledge-products/" + id + "/versions/8").then().statusCode(404);
        given().get("/api/v1/knowledge-products/" + id + "/versions")
                .then()
                .statusCode(200)
                .body("version", contains(1, 2, 3, 4, 5, 6, 7))
                .body(
                        "reviewStatus",
                        contains("DRAFT", "DRAFT", "IN_REVIEW", "DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"));
        given().get("/api/v1/knowledge-products/" + id)
                .then()
                .header("ETag", "\"7\"")
                .body("reviewStatus", equalTo("ARCHIVED"));

        TopicRecords.awaitEvents(
                Topics.EVENTS_KNOWLEDGE,
                id,
                found -> found.stream()
                        .anyMatch(e -> e.type().equals("org.southsouth.events.KnowledgeProductPublished")
                                && e.sequence() == 6));
    }

    @Test
    void aRetriedReviewMoveAnswersItsFirstResult() {
        String id = create(goodPractice("Volunteer safety handbook", "Before departure", Fixtures.organization()));
        Supplier<Response> inReview = () -> given().header("Idempotency-Key", "review-" + id)
                .contentType(ContentType.JSON)
                .body(Map.of("reviewStatus", "IN_REVIEW"))
                .post("/api/v1/knowledge-products/" + id + "/review-status");
        inReview.get().then().statusCode(200).header("ETag", "\"2\"");
        review(id, "DRAFT", 200);

        inReview.get()
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("reviewStatus", equalTo("IN_REVIEW"));
        given().get("/api/v1/knowledge-products/" + id)
                .then()
                .header("ETag", "\"3\"")
                .body("reviewStatus", equalTo("DRAFT"));
    }

    @Test
    void anInvalidProductIsRefusedWithItsFields() {
        Map<String, Object> body = goodPractice("Bad", "x", UUID.randomUUID());
        body.put("sdgs", List.of(18));
        body.put("country", "China");
        body.put("links", List.of("javascript:alert(1)"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/knowledge-products")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("country"));
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, Object> params) {
        return given().queryParams(params).get("/api/v1/knowledge-products").then();
    }

    private static void review(String id, String status, int expected) {
        given().contentType(ContentType.JSON)
                .body(Map.of("reviewStatus", status))
                .post("/api/v1/knowledge-products/" + id + "/review-status")
                .then()
                .statusCode(expected);
    }
}
