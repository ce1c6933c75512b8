package org.southsouth.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two moves of an idempotent load: find a record by its natural key or create it (with a stable
 * Idempotency-Key, so a retry is safe too), and walk it along its life cycle only as far as it has not gone yet.
 */
class Records {

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

    /** Every record of a collection, by natural key. */
    protected Map<String, JsonNode> index(String collection, Function<JsonNode, String> naturalKey) {
        Map<String, JsonNode> index = new HashMap<>();
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
