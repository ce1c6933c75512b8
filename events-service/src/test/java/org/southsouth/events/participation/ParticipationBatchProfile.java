package org.southsouth.events.participation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.MongoCommands;

/**
 * Not a test (no Test suffix, so the build does not run it): {@code ./benchmark bulk}'s participation load (30 events,
 * half volunteers, attendance, batches of 500) in one service, each batch's time and MongoDB commands by thread logged.
 * {@code ./mvnw -o -q test -pl events-service -Dtest=ParticipationBatchProfile -Dprofile.participations=4000}
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ParticipationBatchProfile {

    private static final Logger LOG = Logger.getLogger(ParticipationBatchProfile.class);
    private static final int EVENTS = 30;
    private static final int PARTICIPATIONS = Integer.getInteger("profile.participations", 2000);

    @Inject
    MongoCommands commands;

    @Test
    void loadParticipationsInBatchesOfFiveHundred() {
        String at = Instant.now()
                .minus(2, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(Fixtures.openEvent("FORUM", -1, null));
        }
        UUID organization = Fixtures.organization();
        List<UUID> volunteers = new ArrayList<>();
        for (int j = 0; j < PARTICIPATIONS; j += 2) {
            volunteers.add(Fixtures.volunteer(organization));
        }
        String prefix = UUID.randomUUID() + "-";
        for (int b = 0; b * 500 < PARTICIPATIONS; b++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int j = b * 500; j < Math.min(PARTICIPATIONS, (b + 1) * 500); j++) {
                Map<String, Object> item = new HashMap<>();
                if (j % 2 == 0) {
                    item.put("volunteerId", volunteers.get(j / 2).toString());
                    item.put("role", "VOLUNTEER");
                } else {
                    item.put("organizationId", organization.toString());
                    item.put("name", "Delegate " + j);
                    item.put("role", "DELEGATE");
                }
                item.put("externalId", prefix + j);
                item.put("eventId", events.get(j % EVENTS));
                item.put("status", j % 10 == 0 ? "NO_SHOW" : "ATTENDED");
                item.put("at", at);
                items.add(item);
            }
            commands.reset();
            long started = System.nanoTime();
            given().contentType(ContentType.JSON)
                    .body(Map.of("items", items))
                    .post("/api/v1/participations/bulk")
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(items.size()));
            LOG.infof(
                    "batch %d of %d items: %d ms; commands %s",
                    b, items.size(), (System.nanoTime() - started) / 1_000_000, commands.snapshot());
        }
    }
}
