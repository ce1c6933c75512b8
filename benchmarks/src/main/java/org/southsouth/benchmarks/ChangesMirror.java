package org.southsouth.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.southsouth.demo.GatewayClient;

/** A client's copy of one family, kept only from its changes feed: records by id, and the tombstones received. */
final class ChangesMirror {

    private static final int PAGE = 500;
    private static final Duration RE_READ_AFTER = Duration.ofMillis(500);

    private final GatewayClient api;
    private final String feed;
    private final Map<String, JsonNode> records = new HashMap<>();
    private final Map<String, String> tombstones = new HashMap<>();
    private String cursor;

    /** @param feed e.g. {@code /api/v1/volunteers/changes} */
    ChangesMirror(GatewayClient api, String feed) {
        this.api = api;
        this.feed = feed;
    }

    /** Reads the feed from where it stopped until nothing more waits; answers the pages read. */
    int catchUp() {
        int pages = 0;
        boolean more;
        do {
            JsonNode page = api.get(
                            feed + "?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + GatewayClient.encode(cursor)))
                    .body();
            pages++;
            for (JsonNode item : page.path("items")) {
                String id = item.path("id").asText();
                if (item.path("removed").asBoolean()) {
                    records.remove(id);
                    tombstones.put(id, item.path("reason").asText());
                } else {
                    records.put(id, withoutNulls(item.path("record")));
                    tombstones.remove(id);
                }
            }
            cursor = page.path("nextCursor").asText();
            more = page.path("hasMore").asBoolean();
        } while (more);
        return pages;
    }

    /**
     * Reads the feed until the mirror {@code shows} what the caller changed at the source (a feed serves a change once
     * it is sure no earlier one can still appear, which may be seconds after the write), at most {@code max}; answers
     * whether it does.
     */
    boolean catchUpUntil(Predicate<ChangesMirror> shows, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        catchUp();
        while (!shows.test(this)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(RE_READ_AFTER.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            catchUp();
        }
        return true;
    }

    /** The mirrored record, or a missing node when the mirror holds none under that id. */
    JsonNode record(String id) {
        JsonNode record = records.get(id);
        return record == null ? MissingNode.getInstance() : record;
    }

    /** Why the record went (deleted, erased, out-of-scope), null when the mirror got no tombstone for it. */
    String tombstone(String id) {
        return tombstones.get(id);
    }

    Map<String, JsonNode> records() {
        return records;
    }

    /** How many tombstones the mirror holds per reason (deleted, erased, out-of-scope). */
    Map<String, Integer> tombstonesByReason() {
        Map<String, Integer> byReason = new TreeMap<>();
        tombstones.values().forEach(reason -> byReason.merge(reason, 1, Integer::sum));
        return byReason;
    }

    /**
     * Ids whose mirrored record differs from the source's, or is only on one side. Null members do not count: a feed
     * leaves out a member that is null where a list writes it as null, and both mean the same to a mirror.
     */
    int differences(Map<String, JsonNode> source) {
        int differences = 0;
        for (Map.Entry<String, JsonNode> record : source.entrySet()) {
            if (!withoutNulls(record.getValue()).equals(records.get(record.getKey()))) {
                differences++;
            }
        }
        for (String id : records.keySet()) {
            if (!source.containsKey(id)) {
                differences++;
            }
        }
        return differences;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (object.get(name).isNull()) {
                    nulls.add(name);
                }
            });
            object.remove(nulls);
            object.forEach(ChangesMirror::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(ChangesMirror::withoutNulls);
        }
        return node;
    }

    /** The first record that differs, both sides, to say how. */
    String firstDifference(Map<String, JsonNode> source) {
        for (Map.Entry<String, JsonNode> record : source.entrySet()) {
            if (!withoutNulls(record.getValue()).equals(records.get(record.getKey()))) {
                return "source " + record.getValue() + "\n      mirror " + records.get(record.getKey());
            }
        }
        return records.keySet().stream()
                .filter(id -> !source.containsKey(id))
                .findFirst()
                .map(id -> "only in the mirror: " + records.get(id))
                .orElse("none");
    }
}
