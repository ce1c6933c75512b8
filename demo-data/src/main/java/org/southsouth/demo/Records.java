package org.southsouth.demo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two moves of an idempotent load: find a record by its natural key or create it (with a stable
 * Idempotency-Key, so a retry is safe too), and walk it along its life cycle only as far as it has not gone yet.
 * Records of one type that do not depend on each other are loaded several at a time.
 */
class Records {

    /** Requests in flight at once: the load waits on the services' round trips, not on this machine's cores. */
    static final int PARALLEL_REQUESTS = 8;

    protected final GatewayClient api;
    protected final LoadReport report;

    Records(GatewayClient api, LoadReport report) {
        this.api = api;
        this.report = report;
    }

    /** Runs one record type; an operation the API does not offer (yet) skips the type, not the whole load. */
    protected void section(String type, Runnable load) {
        try {
            load.run();
        } catch (EndpointMissing e) {
            report.skipped(type, e.getMessage());
        }
    }

    /** Runs one record; its failure is reported and the load goes on with the next. */
    protected void record(String type, String name, Runnable load) {
        try {
            load.run();
        } catch (EndpointMissing e) {
            throw e;
        } catch (ApiException e) {
            report.failed(type, name + ": " + e.getMessage());
        }
    }

    /**
     * Runs {@code load} for each item, {@link #PARALLEL_REQUESTS} at a time, and returns when all are done. The items
     * must not depend on each other; {@code load} must not call this again (the workers would wait on themselves).
     */
    protected static <T> void inParallel(Collection<T> items, Consumer<T> load) {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            List<Future<?>> done = items.stream().<Future<?>>map(item -> workers.submit(() -> load.accept(item))).toList();
            for (Future<?> each : done) {
                each.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted");
        } finally {
            workers.shutdownNow();
        }
    }

    /** Every record of a collection, by natural key. */
    protected Map<String, JsonNode> index(String collection, Function<JsonNode, String> naturalKey) {
        Map<String, JsonNode> index = new ConcurrentHashMap<>();
        for (JsonNode item : api.listAll(collection)) {
            index.putIfAbsent(naturalKey.apply(item), item);
        }
        return index;
    }

    protected JsonNode ensure(String type, Map<String, JsonNode> index, String naturalKey, String collection,
                              String idempotencyKey, Object body) {
        JsonNode existing = index.get(naturalKey);
        if (existing != null) {
            report.existing(type);
            return existing;
        }
        ApiResponse response = api.post(collection, idempotencyKey, body);
        if (response.created()) {
            report.created(type);
        } else {
            report.existing(type);
        }
        index.put(naturalKey, response.body());
        return response.body();
    }

    /**
     * Moves a record from its current status to the target along the path, one step per call of {@code step}.
     * A record already at (or past) the target is left alone.
     */
    protected JsonNode advance(String type, JsonNode record, String statusField, List<String> path, String target,
                               Function<String, ApiResponse> step) {
        JsonNode current = record;
        int at = path.indexOf(current.path(statusField).asText());
        int goal = path.indexOf(target);
        for (int next = at + 1; at >= 0 && next <= goal; next++) {
            current = step.apply(path.get(next)).body();
            report.changed(type);
        }
        return current;
    }

    protected static String key(String... parts) {
        return "demo-" + String.join("-", parts).toLowerCase().replaceAll("[^a-z0-9-]+", "-");
    }
}
