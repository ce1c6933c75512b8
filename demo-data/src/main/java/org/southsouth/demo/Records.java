package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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

/**
 * The moves of an idempotent load: send records in batches under stable externalIds (a batch sent again updates what
 * the first created); where no batch exists, find a record by its natural key or create it (with a stable
 * Idempotency-Key, so a retry is safe too); and walk a record along its life cycle only as far as it has not gone yet.
 * Records of one type that do not depend on each other are loaded several at a time.
 */
class Records {

    /** Requests in flight at once: the load waits on the services' round trips, not on this machine's cores. */
    static final int PARALLEL_REQUESTS = 8;
    /** The most items one batch takes. */
    static final int BATCH_SIZE = 500;

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
            List<Future<?>> done = items.stream()
                    .<Future<?>>map(item -> workers.submit(() -> load.accept(item)))
                    .toList();
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

    /**
     * Sends the items through {@code bulkPath}, {@link #BATCH_SIZE} at a time, reports each item's outcome under
     * {@code type} (a failed one with its name and problem) and answers the item results in order. A batch the
     * gateway refuses as a whole (a timeout, say) is one failure, and its items are answered as failed without a
     * problem, so the load goes on with what does not depend on them.
     */
    protected List<JsonNode> upsert(
            String type, String bulkPath, List<Map<String, Object>> items, Function<Integer, String> itemName) {
        List<JsonNode> results = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += BATCH_SIZE) {
            List<Map<String, Object>> batch = items.subList(from, Math.min(items.size(), from + BATCH_SIZE));
            try {
                for (JsonNode result : api.bulk(bulkPath, batch)) {
                    report(type, result, itemName.apply(results.size()));
                    results.add(result);
                }
            } catch (EndpointMissing e) {
                throw e;
            } catch (ApiException e) {
                report.failed(type, "a batch of " + batch.size() + " items: " + e.getMessage());
                batch.forEach(item -> results.add(api.json().createObjectNode().put("outcome", "failed")));
            }
        }
        return results;
    }

    private void report(String type, JsonNode result, String name) {
        switch (result.path("outcome").asText()) {
            case "created" -> report.created(type);
            case "updated" -> report.updated(type);
            case "unchanged" -> report.existing(type);
            default -> {
                JsonNode problem = result.path("problem");
                report.failed(
                        type,
                        name + ": " + result.path("status").asInt() + " "
                                + problem.path("title").asText()
                                + (problem.has("detail")
                                        ? ": " + problem.path("detail").asText()
                                        : "")
                                + (problem.has("errors") ? " " + problem.path("errors") : ""));
            }
        }
    }

    /** Whether a batch item wrote its record (created or updated it). */
    protected static boolean wrote(JsonNode result) {
        return List.of("created", "updated").contains(result.path("outcome").asText());
    }

    /** The record id of a batch item, null when it failed. */
    protected static String id(JsonNode result) {
        return result.hasNonNull("id") ? result.path("id").asText() : null;
    }

    /** Every record of a collection, by natural key. */
    protected Map<String, JsonNode> index(String collection, Function<JsonNode, String> naturalKey) {
        Map<String, JsonNode> index = new ConcurrentHashMap<>();
        for (JsonNode item : api.listAll(collection)) {
            index.putIfAbsent(naturalKey.apply(item), item);
        }
        return index;
    }

    protected JsonNode ensure(
            String type,
            Map<String, JsonNode> index,
            String naturalKey,
            String collection,
            String idempotencyKey,
            Object body) {
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
    protected JsonNode advance(
            String type,
            JsonNode record,
            String statusField,
            List<String> path,
            String target,
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
