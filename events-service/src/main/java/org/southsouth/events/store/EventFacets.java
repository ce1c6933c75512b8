package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BsonField;
import com.mongodb.client.model.Facet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.domain.CompletedEventFigures;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.ParticipantRole;
import org.southsouth.reference.Countries;
import org.southsouth.reference.UndpRegion;

/**
 * The breakdowns of the selected events in one {@code $facet} stage, and the figures read from its result. Completed
 * events are grouped by key and kind with their attendance counters summed ({@link AttendanceCounters}), so
 * every completed figure of a breakdown costs one group per key and kind; regions are folded from the countries.
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
    private static final Bson ONLY_COMPLETED = Aggregates.match(eq("status", EventStatus.COMPLETED.name()));
    private static final Bson WITH_COUNTRY = Aggregates.match(ne("country", null));
    private static final Bson EACH_SDG = Aggregates.unwind("$sdgs");

    static final Bson STAGE = Aggregates.facet(
            new Facet(BY_KIND, GroupCounts.countBy("$kind")),
            new Facet(BY_COUNTRY, WITH_COUNTRY, GroupCounts.countBy("$country")),
            new Facet(BY_SDG, EACH_SDG, GroupCounts.countBy("$sdgs")),
            new Facet(BY_YEAR, GroupCounts.countBy("$year")),
            new Facet(BY_MONTH, GroupCounts.countBy("$month")),
            new Facet(COMPLETED, ONLY_COMPLETED, Aggregates.group("$kind", completedAccumulators())),
            completedBy(COMPLETED_BY_SDG, "$sdgs", EACH_SDG),
            completedBy(COMPLETED_BY_YEAR, "$year"),
            completedBy(COMPLETED_BY_MONTH, "$month"),
            completedBy(COMPLETED_BY_COUNTRY, "$country", WITH_COUNTRY));

    private final Document result;

    EventFacets(Document result) {
        this.result = result == null ? new Document() : result;
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

    private static Facet completedBy(String name, String key, Bson... before) {
        List<Bson> pipeline = new ArrayList<>(List.of(ONLY_COMPLETED));
        pipeline.addAll(List.of(before));
        pipeline.add(Aggregates.group(new Document("key", key).append("kind", "$kind"), completedAccumulators()));
        return new Facet(name, pipeline);
    }

    /** Per group of completed events: how many, their attendance counters summed by role and their experts from abroad. */
    private static List<BsonField> completedAccumulators() {
        List<BsonField> accumulators = new ArrayList<>(List.of(
                Accumulators.sum(GroupCounts.COUNT, 1),
                Accumulators.sum(ExpertsFromAbroad.FIELD, "$" + ExpertsFromAbroad.FIELD)));
        for (ParticipantRole role : ParticipantRole.values()) {
            accumulators.add(Accumulators.sum(role.name(), "$" + AttendanceCounters.BY_ROLE + "." + role.name()));
        }
        return accumulators;
    }
}
