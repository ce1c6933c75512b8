package org.southsouth.events.statistics;

import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;
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
 * {@code $facet}: the Mongo-wire stand-in runs each facet over full copies of the documents (issue 18). The groups are
 * plain counters, each completed event's attendance read from its document once: groups kept as documents, merged
 * field by field, cost 70 ms of CPU per request over the impact benchmark's 20k events (issue 18, JFR).
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
    private static final ParticipantRole[] ROLES = ParticipantRole.values();

    /** The only fields the tallies read. */
    static final Bson FIELDS = Projections.include(
            "kind", "country", SDGS, "year", "month", "status", AttendanceCounters.BY_ROLE, ExpertsFromAbroad.FIELD);

    /** Facet → group key (as {@code $group} tells keys apart) → events counted. */
    private final Map<String, Map<Object, long[]>> eventCounts = new HashMap<>();

    /** Facet → key and kind (by kind alone for {@link #COMPLETED}) → the completed events' figures. */
    private final Map<String, Map<Object, CompletedGroup>> completedGroups = new HashMap<>();

    EventFacets(Iterable<Document> events) {
        for (Document event : events) {
            tally(event);
        }
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
        CompletedGroup figures = CompletedGroup.of(event);
        addCompleted(COMPLETED, GroupCounts.key(kind), figures);
        sdgs.forEach(sdg -> addCompleted(COMPLETED_BY_SDG, keyAndKind(sdg, kind), figures));
        addCompleted(COMPLETED_BY_YEAR, keyAndKind(event.get("year"), kind), figures);
        addCompleted(COMPLETED_BY_MONTH, keyAndKind(event.get("month"), kind), figures);
        if (country != null) {
            addCompleted(COMPLETED_BY_COUNTRY, keyAndKind(country, kind), figures);
        }
    }

    private void count(String facet, Object key) {
        eventCounts.computeIfAbsent(facet, f -> new HashMap<>())
                .computeIfAbsent(GroupCounts.key(key), k -> new long[1])[0]++;
    }

    private void addCompleted(String facet, Object key, CompletedGroup event) {
        completedGroups
                .computeIfAbsent(facet, f -> new HashMap<>())
                .computeIfAbsent(key, k -> new CompletedGroup())
                .add(event);
    }

    private static KeyAndKind keyAndKind(Object key, Object kind) {
        return new KeyAndKind(GroupCounts.key(key), kind);
    }

    /** A group's key and kind: what the completed breakdowns group events by. */
    private record KeyAndKind(Object key, Object kind) {}

    /**
     * Completed events counted together, or one completed event: how many, their ATTENDED participants by role and
     * their experts from abroad, each summed as {@code $sum} sums (numbers are added, anything else counts nothing).
     */
    static final class CompletedGroup {

        private long events;
        private long fromAbroad;
        private final long[] byRole = new long[ROLES.length];

        private static CompletedGroup of(Document event) {
            CompletedGroup one = new CompletedGroup();
            one.events = 1;
            one.fromAbroad = amount(event.get(ExpertsFromAbroad.FIELD));
            if (event.get(AttendanceCounters.BY_ROLE) instanceof Document roles) {
                for (ParticipantRole role : ROLES) {
                    one.byRole[role.ordinal()] = amount(roles.get(role.name()));
                }
            }
            return one;
        }

        private void add(CompletedGroup other) {
            events += other.events;
            fromAbroad += other.fromAbroad;
            for (int role = 0; role < byRole.length; role++) {
                byRole[role] += other.byRole[role];
            }
        }

        long events() {
            return events;
        }

        long fromAbroad() {
            return fromAbroad;
        }

        long attended(ParticipantRole role) {
            return byRole[role.ordinal()];
        }

        private static long amount(Object value) {
            return value instanceof Number number ? number.longValue() : 0;
        }
    }

    /** Events by kind, country, SDG, year or month. */
    Map<String, Long> counts(String facet) {
        Map<String, Long> byKey = new TreeMap<>(GroupCounts::numericFirst);
        eventCounts.getOrDefault(facet, Map.of()).forEach((key, n) -> byKey.put(String.valueOf(key), n[0]));
        return byKey;
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
        completedGroups.getOrDefault(COMPLETED, Map.of()).forEach(total::add);
        return total.figures(null);
    }

    /** Attended participations by role over the completed events; roles nobody attended in are left out. */
    Map<String, Long> attendedByRole() {
        Map<String, Long> byRole = new TreeMap<>();
        for (CompletedGroup kind :
                completedGroups.getOrDefault(COMPLETED, Map.of()).values()) {
            for (ParticipantRole role : ROLES) {
                long attended = kind.attended(role);
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
        completedGroups.getOrDefault(facet, Map.of()).forEach((id, group) -> {
            KeyAndKind keyAndKind = (KeyAndKind) id;
            String key = keyOf.apply(String.valueOf(keyAndKind.key()));
            if (key != null) {
                tallies.computeIfAbsent(key, k -> new CompletedTally()).add(keyAndKind.kind(), group);
            }
        });
        return tallies.entrySet().stream()
                .map(row -> row.getValue().figures(row.getKey()))
                .toList();
    }

    private static String regionOf(String country) {
        UndpRegion region = Countries.regionOf(country);
        return region == null ? null : region.name();
    }
}
