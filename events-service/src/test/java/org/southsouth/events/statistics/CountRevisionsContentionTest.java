package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.config.EventsDatabase;

/** Many writers on one hot document: each one's release lands, however often another write overtakes it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class CountRevisionsContentionTest {

    private static final int WRITERS = 16;
    private static final int WRITES_EACH = 100;

    @Inject
    EventsDatabase database;

    @Test
    void concurrentWritersOnOneDocumentAllReleaseTheirMarks() throws Exception {
        MongoCollection<Document> collection = database.collection("count_revisions_contention_test");
        collection.deleteMany(new Document());
        CountRevisions revisions = new CountRevisions(
                collection,
                new CountRevisions.Fields("revision", "counted", "pending", "markedAt"),
                true,
                Duration.ofMinutes(2));
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        revisions.change(
                                List.of("hot"),
                                () -> null,
                                () -> {},
                                marks -> revisions.recountAndRelease(
                                        marks,
                                        ids -> revisions
                                                .takeRevisions(ids, List.of())
                                                .forEach((id, doc) -> revisions.store(
                                                        id,
                                                        revisions.revision(doc),
                                                        com.mongodb.client.model.Updates.set("tally", 1)))));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
        Document hot = collection.find(eq("_id", "hot")).first();
        assertEquals(0L, ((Number) hot.get("pending")).longValue(), "marks left pending: " + hot);
        assertTrue(revisions.current(hot), "not current: " + hot);
    }
}
