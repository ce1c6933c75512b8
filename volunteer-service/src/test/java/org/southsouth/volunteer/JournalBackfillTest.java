package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.journal.postgres.JournalBackfill;

/** Records stored before the journal existed get one entry each, once, so histories and feeds start from them. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class JournalBackfillTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JournalBackfill backfill;

    @Test
    void recordsWithoutEntriesAreJournaledOnceWithTheirStateAndNoActor() throws Exception {
        UUID home = Organizations.active("SN");
        UUID host = Organizations.active("NP");
        String volunteer = Volunteers.register(home);
        String erased = Volunteers.register(home);
        given().post("/api/v1/volunteers/" + erased + "/erasure").then().statusCode(200);
        String deployment = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        volunteer,
                        "sendingOrganizationId",
                        home.toString(),
                        "hostOrganizationId",
                        host.toString(),
                        "country",
                        "NP",
                        "programme",
                        "NATIONAL_FOREIGN_AID",
                        "role",
                        "Teacher",
                        "plannedStart",
                        "2027-01-15",
                        "plannedEnd",
                        "2027-10-15",
                        "sdgs",
                        List.of(4)))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String hours = ServiceHoursResourceTest.log(volunteer, "2025-08-01", "5", List.of())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        forgetJournalOf(volunteer, erased, deployment, hours);

        backfill.backfill();
        backfill.backfill();

        Map<String, String> histories =
                Map.of("volunteers", volunteer, "deployments", deployment, "service-hours", hours);
        histories.forEach((collection, id) -> given().get("/api/v1/" + collection + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("WRITTEN"))
                .body("items[0].actor.clientId", nullValue())
                .body("items[0].changes.find { it.field == 'id' }.after", equalTo(id)));
        given().get("/api/v1/volunteers/" + erased + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private void forgetJournalOf(String... ids) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM record_journal WHERE record_id = CAST(? AS uuid)")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }
}
