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
 * The breakdowns of some events, tallied in one pass over their statistical fields ({@link #FIELDS}) as a
 * {@code $facet} of {@code $group}s would give them: events by kind, country, SDG, year and month, and the completed
 * figures by SDG, year, month and country, each completed event's attendance counters ({@link AttendanceCounters})
 * read from its document once and added to a {@link CompletedTally} per key; regions are folded from the countries.
 * One pass instead of a {@code $facet}: the Mongo-wire stand-in runs each facet over full copies of the documents
 * (issue 18). Tallies of disjoint sets of events add up ({@link #add(EventFacets)}) to the tally of their union,
 * which is what lets a month's tally be stored ({@link FacetDocuments}) and summed with others
 * ({@link StatisticsMonths}).
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
    private static final String SDGS = "sdgs";
    private static final ParticipantRole[] ROLES = ParticipantRole.values();

    /** The only fields the tallies read. */
    static final Bson FIELDS = Projections.include(
            "kind", "country", SDGS, "year", "month", "status", AttendanceCounters.BY_ROLE, ExpertsFromAbroad.FIELD);

    /** Facet → group key (as {@code $group} tells keys apart, written as the answer writes it) → events counted. */
    final Map<String, Map<String, long[]>> eventCounts = new HashMap<>();

    /** Completed breakdown → key → the figures of its completed events. */
    final Map<String, Map<String, CompletedTally>> completed = new HashMap<>();

    /** The figures of every completed event. */
    final CompletedTally completedTotals = new CompletedTally();

    /** ATTENDED participants of the completed events, by role (in the roles' order). */
    final long[] attendedByRole = new long[ROLES.length];

    EventFacets() {}

    EventFacets(Iterable<Document> events) {
        events.forEach(this::add);
    }

    /** Tallies one more event. */
    void add(Document event) {
        String kind = GroupCounts.name(event.get("kind"));
        Object country = event.get("country");
        List<Object> sdgs = GroupCounts.unwound(event.get(SDGS));
        count(BY_KIND, kind, 1);
        if (country != null) {
            count(BY_COUNTRY, country, 1);
        }
        sdgs.forEach(sdg -> count(BY_SDG, sdg, 1));
        count(BY_YEAR, event.get("year"), 1);
        count(BY_MONTH, event.get("month"), 1);
        if (!EventStatus.COMPLETED.name().equals(event.get("status"))) {
            return;
        }
        long[] byRole = new long[ROLES.length];
        if (event.get(AttendanceCounters.BY_ROLE) instanceof Document roles) {
            for (ParticipantRole role : ROLES) {
                byRole[role.ordinal()] = amount(roles.get(role.name()));
            }
        }
        CompletedTally figures = CompletedTally.of(kind, byRole, amount(event.get(ExpertsFromAbroad.FIELD)));
        addCompleted(figures, byRole);
        sdgs.forEach(sdg -> addCompleted(COMPLETED_BY_SDG, sdg, figures));
        addCompleted(COMPLETED_BY_YEAR, event.get("year"), figures);
        addCompleted(COMPLETED_BY_MONTH, event.get("month"), figures);
        if (country != null) {
            addCompleted(COMPLETED_BY_COUNTRY, country, figures);
        }
    }

    /** Adds the tally of other events (none of them tallied here). */
    void add(EventFacets other) {
        other.eventCounts.forEach((facet, counts) -> counts.forEach((key, n) -> count(facet, key, n[0])));
        other.completed.forEach((facet, byKey) -> byKey.forEach((key, figures) -> addCompleted(facet, key, figures)));
        addCompleted(other.completedTotals, other.attendedByRole);
    }

    void count(String facet, Object key, long events) {
        eventCounts.computeIfAbsent(facet, f -> new HashMap<>())
                .computeIfAbsent(GroupCounts.name(key), k -> new long[1])[0] += events;
    }

    void addCompleted(String facet, Object key, CompletedTally figures) {
        completed
                .computeIfAbsent(facet, f -> new HashMap<>())
                .computeIfAbsent(GroupCounts.name(key), k -> new CompletedTally())
                .add(figures);
    }

    void addCompleted(CompletedTally figures, long[] byRole) {
        completedTotals.add(figures);
        for (int role = 0; role < attendedByRole.length && role < byRole.length; role++) {
            attendedByRole[role] += byRole[role];
        }
    }

    /** A {@code $sum} operand: numbers are added, anything else counts nothing. */
    private static long amount(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** Events by kind, country, SDG, year or month. */
    Map<String, Long> counts(String facet) {
        Map<String, Long> byKey = new TreeMap<>(GroupCounts::numericFirst);
        eventCounts.getOrDefault(facet, Map.of()).forEach((key, n) -> byKey.put(key, n[0]));
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
        return completedTotals.figures(null);
    }

    /** Attended participations by role over the completed events; roles nobody attended in are left out. */
    Map<String, Long> attendedByRole() {
        Map<String, Long> byRole = new TreeMap<>();
        for (ParticipantRole role : ROLES) {
            if (attendedByRole[role.ordinal()] > 0) {
                byRole.put(role.name(), attendedByRole[role.ordinal()]);
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

    /** The facet's figures in a row per key, the key mapped by {@code keyOf} (null: left out). */
    private List<CompletedEventFigures> completed(String facet, UnaryOperator<String> keyOf) {
        Map<String, CompletedTally> tallies = new TreeMap<>(GroupCounts::numericFirst);
        completed.getOrDefault(facet, Map.of()).forEach((stored, figures) -> {
            String key = keyOf.apply(stored);
            if (key != null) {
                tallies.computeIfAbsent(key, k -> new CompletedTally()).add(figures);
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
