package org.southsouth.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one load did, per record type: created, updated (a batch item that changed its record), already there (found,
 * or a batch item that changed nothing), changed (a status step), skipped, failed. Counted from several threads.
 */
public final class LoadReport {

    /** Counts of one record type. */
    public static final class Tally {
        private int created;
        private int updated;
        private int existing;
        private int changed;
        private String skipped;
        private final List<String> failures = new ArrayList<>();

        public int created() {
            return created;
        }

        public int updated() {
            return updated;
        }

        public int existing() {
            return existing;
        }

        public int changed() {
            return changed;
        }

        public String skipped() {
            return skipped;
        }

        public List<String> failures() {
            return failures;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Consumer<String> progress;

    public LoadReport(Consumer<String> progress) {
        this.progress = progress;
    }

    public synchronized Tally of(String type) {
        return tallies.computeIfAbsent(type, t -> new Tally());
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    synchronized void created(String type) {
        of(type).created++;
    }

    synchronized void updated(String type) {
        of(type).updated++;
    }

    synchronized void existing(String type) {
        of(type).existing++;
    }

    synchronized void changed(String type) {
        of(type).changed++;
    }

    synchronized void skipped(String type, String why) {
        of(type).skipped = why;
        progress.accept("  ! " + type + " skipped: " + why);
    }

    synchronized void failed(String type, String what) {
        of(type).failures.add(what);
        progress.accept("  ✗ " + type + ": " + what);
    }

    public int totalCreated() {
        return tallies.values().stream().mapToInt(t -> t.created).sum();
    }

    public int totalUpdated() {
        return tallies.values().stream().mapToInt(t -> t.updated).sum();
    }

    public int totalChanged() {
        return tallies.values().stream().mapToInt(t -> t.changed).sum();
    }

    public List<String> failures() {
        return tallies.entrySet().stream()
                .flatMap(e -> e.getValue().failures.stream().map(f -> e.getKey() + ": " + f))
                .toList();
    }

    public String summary() {
        StringBuilder text = new StringBuilder();
        tallies.forEach((type, t) -> text.append(String.format(
                "  %-22s %4d created %4d updated %4d already there %4d status changes%s%s%n",
                type,
                t.created,
                t.updated,
                t.existing,
                t.changed,
                t.failures.isEmpty() ? "" : "  " + t.failures.size() + " FAILED",
                t.skipped == null ? "" : "  skipped: " + t.skipped)));
        return text.toString();
    }
}
