package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for a service to catch up with the events of the others, as its sync-state says, instead of retrying a write
 * it refuses with 422 until it has learnt the records named. volunteer-service and events-service learn organizations
 * (and events-service volunteers) from Kafka. Each read asks the service to wait (waitSeconds) until it has applied
 * everything on its topics when asked, so one request after the last write usually answers: the service is caught up
 * and knows the revision of the last organization written, hence every organization written before it.
 */
public final class CatchUp {

    /** The service whose sync-state is read, by the collection path its sync-state lives under. */
    public enum Service {
        VOLUNTEERS("/api/v1/volunteers/sync-state"),
        EVENTS("/api/v1/events/sync-state");

        private final String path;

        Service(String path) {
            this.path = path;
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** How long each sync-state request may wait at the service (its most). */
    private static final int WAIT_SECONDS = 5;
    /** A pause between two reads, in case the service answered at once without being caught up. */
    private static final Duration PAUSE = Duration.ofMillis(100);

    private final GatewayClient api;

    public CatchUp(GatewayClient api) {
        this.api = api;
    }

    /** Until the service has applied the organization at {@code revision} (its ETag) and what was on its topics. */
    public void awaitOrganization(Service service, String organizationId, long revision) {
        await(
                service,
                service.path + "?organizationId=" + organizationId + "&waitSeconds=" + WAIT_SECONDS,
                state -> state.path("organizationRevision").asLong() >= revision);
    }

    /** Until the service has applied every record on the topics it reads when asked. */
    public void awaitTopics(Service service) {
        await(service, service.path + "?waitSeconds=" + WAIT_SECONDS, state -> true);
    }

    private void await(Service service, String path, Predicate<JsonNode> known) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode state = api.get(path).body();
        while (!(known.test(state) && state.path("caughtUp").asBoolean())) {
            if (System.nanoTime() > deadline) {
                throw new ApiException(
                        0,
                        service + " has not caught up after " + WAIT.toSeconds() + " s (is Kafka running?): " + state);
            }
            pause();
            state = api.get(path).body();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted");
        }
    }
}
