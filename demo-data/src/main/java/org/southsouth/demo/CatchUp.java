package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for a service to catch up with the events of the others, as its sync-state says, instead of retrying a write
 * it refuses with 422 until it has learnt the records named. volunteer-service and events-service learn organizations
 * (and events-service volunteers) from Kafka: once a service has applied the revision of the last organization written
 * and no record waits on any topic it reads, it knows every organization written before.
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
    private static final Duration POLL = Duration.ofMillis(100);

    private final GatewayClient api;

    public CatchUp(GatewayClient api) {
        this.api = api;
    }

    /** Until the service has applied the organization at {@code revision} (its ETag) and nothing waits. */
    public void awaitOrganization(Service service, String organizationId, long revision) {
        await(
                service,
                service.path + "?organizationId=" + organizationId,
                state -> state.path("organizationRevision").asLong() >= revision);
    }

    /** Until the service's consumers read and no record waits on any topic it reads. */
    public void awaitTopics(Service service) {
        await(service, service.path, state -> true);
    }

    private void await(Service service, String path, Predicate<JsonNode> known) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode state = api.get(path).body();
        while (!(known.test(state) && caughtUp(state))) {
            if (System.nanoTime() > deadline) {
                throw new ApiException(
                        0,
                        service + " has not caught up after " + WAIT.toSeconds() + " s (is Kafka " + "running?): "
                                + state);
            }
            pause();
            state = api.get(path).body();
        }
    }

    private static boolean caughtUp(JsonNode state) {
        for (JsonNode topic : state.path("topics")) {
            if (!topic.path("reading").asBoolean() || topic.path("lag").asLong() > 0) {
                return false;
            }
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted");
        }
    }
}
