package org.southsouth.events.statistics;

import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.participation.AttendanceCounters;
import org.southsouth.events.participation.ExpertsFromAbroad;
import org.southsouth.events.participation.ParticipantRole;
import org.southsouth.reference.Countries;
import org.southsouth.reference.UndpRegion;

/**
 * The breakdowns of the selected events, tallied in one pass over their statistical fields ({@link #FIELDS}) as a
 * {@code $facet} of {@code $group}s would give them: events by kind, country, SDG, year and month, and completed events
 * grouped by key and kind with their attendance counters summed ({@link AttendanceCounters}), so every completed figure
 * of a breakdown costs one group per key and kind; regions are folded from the countries. One pass instead of a
 * {@code $facet}: the Mongo-wire stand-in runs each facet over full copies of the documents (issue 18).
 */
final class EventFacets {

    static final String BY_KIND = "byKind";
    static final String BY_COUNTRY = "byCountry";
    static final String BY_SDG = "bySdg";
    static final String BY_YEAR = "byYear";
    static final String BY_MONTH = "byMonth";
    static final String COMPLETED_BY_SDG = "completedBySdg";
    static final String COMPLETED_BY_YEAR = "completedByYear";
    static final String COMPLETED_BY_MONTH = "completedByMonth";
    static final String COMPLETED_BY_COUNTRY = "completedByCountry";
    private static final String COMPLETED = "completed";
    private static final String SDGS = "sdgs";

    /** The only fields the tallies read. */
    static final Bson FIELDS = Projections.include(
            "kind", "country", SDGS, "year", "month", "status", AttendanceCounters.BY_ROLE, ExpertsFromAbroad.FIELD);

    /** Facet → group key → the group, shaped as {@code $group} answers it: {@code _id}, count, sums. */
    private final Map<String, Map<Object, Document>> facets = new HashMap<>();

    private final Document result = new Document();

    EventFacets(Iterable<Document> events) {
        for (Document event : events) {
            tally(event);
        }
        facets.forEach((facet, groups) -> result.put(facet, List.copyOf(groups.values())));
    }

    private void tally(Document event) {
        Object kind = event.get("kind");
        Object country = event.get("country");
        List<Object> sdgs = GroupCounts.unwound(event.get(SDGS));
        count(BY_KIND, kind);
        if (country != null) {
            count(BY_COUNTRY, country);
        }
        sdgs.forEach(sdg -> count(BY_SDG, sdg));
        count(BY_YEAR, event.get("year"));
        count(BY_MONTH, event.get("month"));
        if (!EventStatus.COMPLETED.name().equals(event.get("status"))) {
            return;
        }
        completed(COMPLETED, kind, event);
        sdgs.forEach(sdg -> completed(COMPLETED_BY_SDG, keyAndKind(sdg, kind), event));
        completed(COMPLETED_BY_YEAR, keyAndKind(event.get("year"), kind), event);
        completed(COMPLETED_BY_MONTH, keyAndKind(event.get("month"), kind), event);
        if (country != null) {
            completed(COMPLETED_BY_COUNTRY, keyAndKind(country, kind), event);
        }
    }

    private void count(String facet, Object key) {
        group(facet, key).merge(GroupCounts.COUNT, 1L, (a, b) -> (Long) a + (Long) b);
    }

    /** One completed event in its group: counted, its attendance by role and experts from abroad summed. */
    private void completed(String facet, Object key, Document event) {
        Document group = group(facet, key);
        group.merge(GroupCounts.COUNT, 1L, (a, b) -> (Long) a + (Long) b);
        add(group, ExpertsFromAbroad.FIELD, event.get(ExpertsFromAbroad.FIELD));
        Document byRole = event.get(AttendanceCounters.BY_ROLE) instanceof Document roles ? roles : new Document();
        for (ParticipantRole role : ParticipantRole.values()) {
            add(group, role.name(), byRole.get(role.name()));
        }
    }

    /** As {@code $sum}: numbers are added, anything else counts nothing. */
    private static void add(Document group, String field, Object value) {
        long amount = value instanceof Number number ? number.longValue() : 0;
        group.merge(field, amount, (a, b) -> (Long) a + (Long) b);
    }

    private Document group(String facet, Object key) {
        Object id = key instanceof KeyAndKind ? key : GroupCounts.key(key);
        return facets.computeIfAbsent(facet, f -> new LinkedHashMap<>())
                .computeIfAbsent(id, k -> new Document("_id", k instanceof KeyAndKind pair ? pair.id() : k));
    }

    private static KeyAndKind keyAndKind(Object key, Object kind) {
        return new KeyAndKind(GroupCounts.key(key), kind);
    }

    /**
     * A group's key and kind as the groups are looked up by: a {@link Document} hashes as the sum of its entries'
     * hashes, so (country, kind) pairs collided by the dozen and the lookups walked tree bins, most of events-service's
     * time per statistics request (issue 18, JFR).
     */
    private record KeyAndKind(Object key, Object kind) {

        Document id() {
            return new Document("key", key).append("kind", kind);
        }
    }

    /** Events by kind, country, SDG, year or month. */
    Map<String, Long> counts(String facet) {
        return GroupCounts.of(Bsons.list(result, facet, Document.class));
    }

    /** Events by the UNDP region of the venue's country; countries UNDP does not group are left out. */
    Map<String, Long> countsByRegion() {
        Map<String, Long> byRegion = new TreeMap<>();
        counts(BY_COUNTRY).forEach((country, n) -> {
            String region = regionOf(country);
            if (region != null) {
                byRegion.merge(region, n, Long::sum);
            }
        });
        return byRegion;
    }

    /** The completed figures over every selected event. */
    CompletedEventFigures completedTotals() {
        CompletedTally total = new CompletedTally();
        Bsons.list(result, COMPLETED, Document.class).forEach(group -> total.add(group.get("_id"), group));
        return total.figures(null);
    }

    /** Attended participations by role over the completed events; roles nobody attended in are left out. */
    Map<String, Long> attendedByRole() {
        Map<String, Long> byRole = new TreeMap<>();
        for (Document kind : Bsons.list(result, COMPLETED, Document.class)) {
            for (ParticipantRole role : ParticipantRole.values()) {
                long attended = Bsons.number(kind, role.name());
                if (attended > 0) {
                    byRole.merge(role.name(), attended, Long::sum);
                }
            }
        }
        return byRole;
    }

    /** The completed figures by SDG, year, month or country. */
    List<CompletedEventFigures> completed(String facet) {
        return completed(facet, UnaryOperator.identity());
    }

    /** The completed figures by the UNDP region of the venue's country. */
    List<CompletedEventFigures> completedByRegion() {
        return completed(COMPLETED_BY_COUNTRY, EventFacets::regionOf);
    }

    /** Folds the facet's groups by key and kind into a row per key, the key mapped by {@code keyOf} (null: left out). */
    private List<CompletedEventFigures> completed(String facet, UnaryOperator<String> keyOf) {
        Map<String, CompletedTally> tallies = new TreeMap<>(GroupCounts::numericFirst);
        for (Document group : Bsons.list(result, facet, Document.class)) {
            Document id = group.get("_id", Document.class);
            String key = keyOf.apply(String.valueOf(id.get("key")));
            if (key != null) {
                tallies.computeIfAbsent(key, k -> new CompletedTally()).add(id.get("kind"), group);
            }
        }
        return tallies.entrySet().stream()
                .map(row -> row.getValue().figures(row.getKey()))
                .toList();
    }

    private static String regionOf(String country) {
        UndpRegion region = Countries.regionOf(country);
        return region == null ? null : region.name();
    }
}
