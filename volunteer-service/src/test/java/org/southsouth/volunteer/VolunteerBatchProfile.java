package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/**
 * Not a test (no Test suffix, so the build does not run it): {@code ./benchmark bulk}'s volunteer load (batches of 500
 * over the partners' home organizations, each item under an external id) in one service. First a batch of 100 counts
 * the statements the driver executes and its round trips (Sync messages) per item, then the whole load is timed with
 * the driver quiet; a second sending of the first batch times the all-unchanged path.
 * {@code ./mvnw -o -q test -pl volunteer-service -Dtest=VolunteerBatchProfile -Dprofile.volunteers=3400}
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class VolunteerBatchProfile {

    private static final Logger LOG = Logger.getLogger(VolunteerBatchProfile.class);
    private static final int VOLUNTEERS = Integer.getInteger("profile.volunteers", 1000);
    private static final int BATCH = 500;
    private static final int COUNTED = 100;
    private static final int ORGANIZATIONS = 10;

    @Test
    void loadVolunteersInBatchesOfFiveHundred() {
        List<UUID> homes = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            homes.add(Organizations.active("KE"));
        }
        String tag = UUID.randomUUID().toString();

        DriverMessages messages = DriverMessages.counting();
        try {
            List<Map<String, Object>> counted = items(tag + "-counted", 0, COUNTED, homes);
            send(counted, "created");
            LOG.infof(
                    "%d volunteers created: %.1f statements and %.1f round trips per item",
                    COUNTED, messages.executes.get() / (double) COUNTED, messages.syncs.get() / (double) COUNTED);
            messages.reset();
            send(counted, "unchanged");
            LOG.infof(
                    "%d volunteers sent again: %.1f statements and %.1f round trips per item",
                    COUNTED, messages.executes.get() / (double) COUNTED, messages.syncs.get() / (double) COUNTED);
        } finally {
            messages.stop();
        }

        long started = System.nanoTime();
        List<Map<String, Object>> first = null;
        for (int from = 0; from < VOLUNTEERS; from += BATCH) {
            List<Map<String, Object>> items = items(tag, from, Math.min(VOLUNTEERS, from + BATCH), homes);
            first = first == null ? items : first;
            long batchStarted = System.nanoTime();
            send(items, "created");
            LOG.infof("batch of %d volunteers created: %d ms", items.size(), millisSince(batchStarted));
        }
        LOG.infof("%d volunteers created in %d ms", VOLUNTEERS, millisSince(started));
        long again = System.nanoTime();
        send(first, "unchanged");
        LOG.infof("batch of %d volunteers sent again, unchanged: %d ms", first.size(), millisSince(again));
    }

    private static List<Map<String, Object>> items(String tag, int from, int to, List<UUID> homes) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            items.add(Map.of(
                    "externalId",
                    tag + "-" + i,
                    "name",
                    "Bench volunteer " + i,
                    "email",
                    "bench-" + tag + "-" + i + "@volunteers.example.org",
                    "nationality",
                    "KE",
                    "residence",
                    "KE",
                    "homeOrganizationId",
                    homes.get(i % homes.size()).toString(),
                    "status",
                    "ACTIVE",
                    "languages",
                    List.of(Map.of("code", "en", "level", "B2")),
                    "skills",
                    List.of("community-health")));
        }
        return items;
    }

    private static void send(List<Map<String, Object>> items, String outcome) {
        given().contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(200)
                .body(outcome, equalTo(items.size()));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Counts the PostgreSQL driver's Execute (one per statement run) and Sync (one per round trip) messages. */
    private static final class DriverMessages extends Handler {

        private static final java.util.logging.Logger DRIVER =
                java.util.logging.Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

        final AtomicLong executes = new AtomicLong();
        final AtomicLong syncs = new AtomicLong();
        private Level levelBefore;

        static DriverMessages counting() {
            DriverMessages messages = new DriverMessages();
            messages.levelBefore = DRIVER.getLevel();
            DRIVER.setLevel(Level.FINEST);
            DRIVER.setUseParentHandlers(false);
            DRIVER.addHandler(messages);
            return messages;
        }

        void reset() {
            executes.set(0);
            syncs.set(0);
        }

        void stop() {
            DRIVER.removeHandler(this);
            DRIVER.setUseParentHandlers(true);
            DRIVER.setLevel(levelBefore);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (message.contains("FE=> Execute")) {
                executes.incrementAndGet();
            } else if (message.contains("FE=> Sync")) {
                syncs.incrementAndGet();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
