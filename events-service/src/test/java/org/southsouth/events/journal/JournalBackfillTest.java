package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.FeedMirror;
import org.southsouth.events.Fixtures;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.ExchangeEventStore;

/** Records stored before the journal existed get their first entry, so histories and feeds start from them too. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class JournalBackfillTest {

    @Inject
    JournalBackfill backfill;

    @Inject
    JournalRelay relay;

    @Inject
    EventsDatabase database;

    @Test
    void anEventStoredBeforeTheJournalIsJournaledOnceWithItsStateNow() {
        String event = Fixtures.create(Fixtures.event("WEBINAR", 10, null));
        relay.moveAll();
        // As an older version stored it: no journal field, no entry.
        database.collection(ExchangeEventStore.COLLECTION)
                .updateOne(eq("_id", event), Updates.unset(JournalEntries.FIELD));
        database.collection("record_journal").deleteMany(eq("recordId", event));
        given().get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        backfill.backfill();
        backfill.backfill();

        given().get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("WRITTEN"))
                .body("items[0].actor", equalTo(Map.of()));
        Map<String, Object> current = given().get("/api/v1/events/" + event)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
        FeedMirror mirror = new FeedMirror("/api/v1/events/changes", TestTokens.admin());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            mirror.sync();
            assertEquals(current, mirror.get(event));
        });
    }
}
