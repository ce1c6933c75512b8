package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.EventDocuments;
import org.southsouth.events.event.ExchangeEventStore;

/**
 * A backfill that read a record before a live write never journals that older state after the write's: the live write
 * journals itself, and the backfill's entry goes in only while the record has no journal yet.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class JournalBackfillRaceTest {

    @Inject
    JournalRelay relay;

    @Inject
    RecordJournal journal;

    @Inject
    JournalEntries entries;

    @Inject
    EventsDatabase database;

    @Test
    void aLiveWriteBetweenTheBackfillsReadAndItsEntryKeepsTheNewestStateLast() {
        String event = Fixtures.create(Fixtures.event("WEBINAR", 10, null));
        relay.moveAll();
        MongoCollection<Document> events = database.collection(ExchangeEventStore.COLLECTION);
        // As an older version stored it: no journal field, no entry.
        events.updateOne(eq("_id", event), Updates.unset(JournalEntries.FIELD));
        database.collection("record_journal").deleteMany(eq("recordId", event));

        int journaled =
                JournalBackfill.backfill(events, and(eq("_id", event), exists(JournalEntries.FIELD, false)), read -> {
                    given().contentType(ContentType.JSON)
                            .body(Map.of("title", "Renamed while backfilled"))
                            .patch("/api/v1/events/" + event)
                            .then()
                            .statusCode(200);
                    return entries.event(EventDocuments.fromDocument(read));
                });

        assertEquals(0, journaled);
        List<Document> history = journal.entriesOf(JournalFamily.EVENT, event);
        assertEquals(1, history.size());
        assertTrue(history.get(0).getString(JournalFields.STATE).contains("Renamed while backfilled"));
    }
}
