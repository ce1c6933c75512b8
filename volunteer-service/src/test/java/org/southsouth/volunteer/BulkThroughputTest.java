package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.rest.bulk.BulkResult;

/** Full batches go through as the integrator's load would send them; their size and time are logged, not asserted. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BulkThroughputTest {

    private static final Logger LOG = Logger.getLogger(BulkThroughputTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fullBatchesOfVolunteersAndThenTheirHoursAreAllWrittenAndASecondSendingChangesNothing() throws Exception {
        UUID home = Organizations.active("KE");
        String crm = "crm-" + UUID.randomUUID() + "-";
        List<Map<String, Object>> volunteers = new ArrayList<>();
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int i = 0; i < BulkResult.MAX_ITEMS; i++) {
            Map<String, Object> volunteer = Volunteers.profile(home);
            volunteer.put("externalId", crm + i);
            volunteer.put("consents", List.of(Map.of("purpose", "MATCHING", "policyVersion", "2026-01")));
            volunteers.add(volunteer);
            Map<String, Object> entry = new HashMap<>();
            entry.put("externalId", crm + "hours-" + i);
            entry.put("volunteerExternalId", crm + i);
            entry.put("date", LocalDate.of(2026, 3, 1 + i % 28).toString());
            entry.put("hours", 6.5);
            entry.put("activity", "Health screening at the community centre");
            entry.put("sdgs", List.of(3));
            hours.add(entry);
        }

        send("/api/v1/volunteers/bulk", volunteers, "created");
        send("/api/v1/service-hours/bulk", hours, "created");
        send("/api/v1/volunteers/bulk", volunteers, "unchanged");
    }

    private static void send(String path, List<Map<String, Object>> items, String outcome) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("items", items));
        long start = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(new String(body, StandardCharsets.UTF_8))
                .post(path)
                .then()
                .statusCode(200)
                .body(outcome, equalTo(items.size()));
        LOG.infof(
                "Batch of %d items to %s, all %s: %d bytes, %d ms",
                items.size(),
                path,
                outcome,
                body.length,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
