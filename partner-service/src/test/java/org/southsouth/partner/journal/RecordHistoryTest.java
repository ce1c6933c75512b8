package org.southsouth.partner.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

/** Who changed a record, when and what: readable exactly by whoever may read the record, and by no one else. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RecordHistoryTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aStatusStepShowsItsBeforeAndAfterWithTheActingClientNewestFirst() {
        String a = Organizations.register("Rwanda Volunteer Bridge", "22", "RW");
        String b = Organizations.register("Burundi Youth Service", "22", "BI");
        String id = Partnerships.create(
                Partnerships.body("Great Lakes exchange", "EXCHANGE_PROGRAMME", a, "IMPLEMENTING", b, "FUNDING"));
        given().auth()
                .oauth2(TestTokens.partnerOf(a))
                .header("X-Request-Id", "req-history-sign")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SIGNED", "on", "2024-05-02"))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestTokens.partnerOf(b))
                .get("/api/v1/partnerships/" + id + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("WRITTEN"))
                .body("items[0].actor.clientId", equalTo("partner-" + a))
                .body("items[0].actor.roles", equalTo("partner"))
                .body("items[0].actor.organizationId", equalTo(a))
                .body("items[0].requestId", equalTo("req-history-sign"))
                .body("items[0].changes.field", equalTo(List.of("signedOn", "status")))
                .body("items[0].changes.find { it.field == 'status' }.before", equalTo("DRAFT"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("SIGNED"))
                .body("items[0].changes.find { it.field == 'signedOn' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'signedOn' }.after", equalTo("2024-05-02"))
                .body("items[1].changes.field", hasItems("title", "kind", "parties", "status"))
                .body("items[1].changes.field", not(hasItems("revision")))
                .body("items[1].changes.field", not(hasItems("updatedAt")));
        given().queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/partnerships/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1))
                .body("items[0].changes.find { it.field == 'title' }.after", equalTo("Great Lakes exchange"));
    }

    @Test
    void anOrganizationsProfileEditShowsWhoMadeIt() {
        String id = Organizations.register("Uganda Volunteer Network", "22", "UG");
        given().auth()
                .oauth2(TestTokens.partnerOf(id))
                .contentType(MERGE_PATCH)
                .body(Map.of("acronym", "UVN"))
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestTokens.reporter())
                .get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].actor.clientId", equalTo("partner-" + id))
                .body("items[0].changes.field", equalTo(List.of("acronym")))
                .body("items[0].changes[0].before", nullValue())
                .body("items[0].changes[0].after", equalTo("UVN"));
    }

    @Test
    void theHistoryIsRefusedAsTheRecordIsToWhoeverMayNotReadIt() {
        String a = Organizations.register("Kenya Volunteer Link", "22", "KE");
        String b = Organizations.register("Tanzania Service Trust", "22", "TZ");
        String c = Organizations.register("Somalia Youth Volunteers", "22", "SO");
        String draftOfB =
                Partnerships.create(Partnerships.body("East Africa draft", "MOU", b, "IMPLEMENTING", c, "FUNDING"));
        String contact = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Neema Mushi", "email", "neema@example.org"))
                .post("/api/v1/organizations/" + b + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String contactHistory = "/api/v1/organizations/" + b + "/contacts/" + contact + "/history";

        given().auth()
                .oauth2(TestTokens.partnerOf(a))
                .get("/api/v1/partnerships/" + draftOfB + "/history")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.reporter())
                .get("/api/v1/partnerships/" + draftOfB + "/history")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.partnerOf(c))
                .get("/api/v1/partnerships/" + draftOfB + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        given().auth()
                .oauth2(TestTokens.partnerOf(a))
                .get(contactHistory)
                .then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.reporter()).get(contactHistory).then().statusCode(403);
        given().auth()
                .oauth2(TestTokens.partnerOf(b))
                .get(contactHistory)
                .then()
                .statusCode(200)
                .body("items[0].changes.find { it.field == 'email' }.after", equalTo("neema@example.org"));

        given().delete("/api/v1/organizations/" + b + "/contacts/" + contact)
                .then()
                .statusCode(204);
        given().get(contactHistory).then().statusCode(404);
        given().get("/api/v1/organizations/00000000-0000-0000-0000-000000000000/history")
                .then()
                .statusCode(404);
        given().queryParam("size", 0)
                .get("/api/v1/organizations/" + a + "/history")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
