package org.southsouth.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

/** A POST retried with its Idempotency-Key: the replay is the first answer whole, and a dead request's key recovers. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class IdempotentRetryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aReplayedRegistrationKeepsTheFirstAnswersETagAndLocation() {
        String key = "replay-" + UUID.randomUUID();
        Map<String, Object> body = Organizations.body("Replayed Headers Network", "22", "GH");
        ExtractableResponse<Response> first = register(key, body)
                .then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", notNullValue())
                .extract();

        register(key, body)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("ETag", first.header("ETag"))
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
    }

    @Test
    void aKeyWhoseRequestDiedWithoutRecordingItsAnswerIsTakenOverOnceTheClaimIsStale() throws SQLException {
        String key = "died-" + UUID.randomUUID();
        Map<String, Object> body = Organizations.body("Interrupted Registration Network", "22", "GH");
        register(key, body).then().statusCode(201);
        // What a crash between the registration's commit and recording its answer leaves: a claim, no answer.
        sql("UPDATE idempotency_key SET status = NULL, location = NULL, body = NULL WHERE key = ?", key);
        register(key, body).then().statusCode(409);

        sql("UPDATE idempotency_key SET created_at = now() - interval '3 minutes' WHERE key = ?", key);
        String retried = register(key, body)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .extract()
                .path("id");

        register(key, body)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(retried));
    }

    private static Response register(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/organizations");
    }

    private void sql(String statement, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, key);
            update.executeUpdate();
        }
    }
}
