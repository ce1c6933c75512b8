package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BsonField;
import com.mongodb.client.model.Facet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.domain.CountryRegions;
import org.southsouth.events.domain.EventKind;
import org.southsouth.events.domain.EventStatistics;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.KnowledgeKind;
import org.southsouth.events.domain.ParticipantRole;
import org.southsouth.events.domain.ReviewStatus;

/**
 * Computes the figures with aggregation pipelines over events and knowledge products; attendance comes from the
 * counters each event keeps ({@link AttendanceCounters}), so the cost does not grow with the participations.
 */
@ApplicationScoped
public class StatisticsStore {

    private static final String COUNT = "count";
    private static final String COMPLETED = "completed";

    @Inject
    ExchangeEventStore events;

    @Inject
    KnowledgeProductStore knowledge;

    public EventStatistics compute(StatisticsCriteria criteria) {
        Document eventFacets = eventFacets(criteria);
        List<Document> completed = Bsons.list(eventFacets, COMPLETED, Document.class);
        Map<String, Long> byRole = attendedByRole(completed);
        Map<String, Long> completedByKind = counts(eventFacets, COMPLETED);
        return new EventStatistics(
                completedByKind.getOrDefault(EventKind.DELEGATION_VISIT.name(), 0L),
                attended(completed, EventKind.DELEGATION_VISIT, ParticipantRole.DELEGATE),
                completedByKind.getOrDefault(EventKind.EXPERT_MISSION.name(), 0L),
                attended(completed, EventKind.EXPERT_MISSION, ParticipantRole.EXPERT),
                byRole.values().stream().mapToLong(Long::longValue).sum(), byRole,
                counts(eventFacets, "byKind"), counts(eventFacets, "byCountry"), counts(eventFacets, "bySdg"),
                counts(eventFacets, "byYear"), goodPracticesBySdg(criteria));
    }

    private Document eventFacets(StatisticsCriteria criteria) {
        List<Bson> match = eventFilters(criteria);
        match.add(in("status", EventStatus.COUNTED.stream().map(Enum::name).toList()));
        Document result = events.collection().aggregate(List.of(Aggregates.match(and(match)), Aggregates.facet(
                new Facet("byKind", countBy("$kind")),
                new Facet("byCountry", Aggregates.match(ne("country", null)), countBy("$country")),
                new Facet("bySdg", Aggregates.unwind("$sdgs"), countBy("$sdgs")),
                new Facet("byYear", countBy("$year")),
                new Facet(COMPLETED, Aggregates.match(eq("status", EventStatus.COMPLETED.name())),
                        Aggregates.group("$kind", completedAccumulators())))))
                .first();
        return result == null ? new Document() : result;
    }

    /** Per kind of completed event: how many, and their attendance counters summed by role. */
    private static List<BsonField> completedAccumulators() {
        List<BsonField> accumulators = new ArrayList<>(List.of(Accumulators.sum(COUNT, 1)));
        for (ParticipantRole role : ParticipantRole.values()) {
            accumulators.add(Accumulators.sum(role.name(), "$" + AttendanceCounters.BY_ROLE + "." + role.name()));
        }
        return accumulators;
    }

    /** Attended participations by role over all completed kinds; roles nobody attended in are left out. */
    private static Map<String, Long> attendedByRole(List<Document> completed) {
        Map<String, Long> byRole = new TreeMap<>();
        for (Document kind : completed) {
            for (ParticipantRole role : ParticipantRole.values()) {
                long attended = Bsons.number(kind, role.name());
                if (attended > 0) {
                    byRole.merge(role.name(), attended, Long::sum);
                }
            }
        }
        return byRole;
    }

    private static long attended(List<Document> completed, EventKind kind, ParticipantRole role) {
        return completed.stream().filter(group -> kind.name().equals(group.get("_id")))
                .mapToLong(group -> Bsons.number(group, role.name())).sum();
    }

    /** Published good practices (archived ones included: they were published) by SDG. */
    private Map<String, Long> goodPracticesBySdg(StatisticsCriteria c) {
        List<Bson> match = new ArrayList<>(List.of(eq("kind", KnowledgeKind.GOOD_PRACTICE.name()),
                in("reviewStatus", ReviewStatus.PUBLISHED.name(), ReviewStatus.ARCHIVED.name())));
        if (c.organizationId() != null) {
            match.add(eq("leadOrganizationIds", c.organizationId().toString()));
        }
        if (c.from() != null) {
            match.add(gte("year", c.from().getYear()));
        }
        if (c.to() != null) {
            match.add(lte("year", c.to().getYear()));
        }
        if (c.sdg() != null) {
            match.add(eq("sdgs", c.sdg()));
        }
        if (c.country() != null) {
            match.add(eq("country", c.country()));
        }
        if (c.region() != null) {
            match.add(or(eq("region", c.region().knowledgeRegion().name()),
                    in("country", List.copyOf(CountryRegions.countriesOf(c.region())))));
        }
        Map<String, Long> counts = new TreeMap<>(StatisticsStore::numericFirst);
        knowledge.collection().aggregate(List.of(Aggregates.match(and(match)), Aggregates.unwind("$sdgs"), countBy("$sdgs")))
                .forEach(d -> counts.put(String.valueOf(d.get("_id")), Bsons.number(d, COUNT)));
        return counts;
    }

    /** The events the criteria select. */
    private static List<Bson> eventFilters(StatisticsCriteria c) {
        List<Bson> filters = new ArrayList<>();
        if (c.organizationId() != null) {
            filters.add(eq("hostOrganizationId", c.organizationId().toString()));
        }
        if (c.from() != null) {
            filters.add(gte("startsAt", Bsons.date(c.from().atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        if (c.to() != null) {
            filters.add(lt("startsAt", Bsons.date(c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        if (c.sdg() != null) {
            filters.add(eq("sdgs", c.sdg()));
        }
        if (c.country() != null) {
            filters.add(eq("country", c.country()));
        }
        if (c.region() != null) {
            filters.add(in("country", List.copyOf(CountryRegions.countriesOf(c.region()))));
        }
        return filters;
    }

    private static Bson countBy(String field) {
        return Aggregates.group(field, Accumulators.sum(COUNT, 1));
    }

    private static Map<String, Long> counts(Document facets, String facet) {
        Map<String, Long> counts = new TreeMap<>(StatisticsStore::numericFirst);
        for (Document group : Bsons.list(facets, facet, Document.class)) {
            counts.put(String.valueOf(group.get("_id")), Bsons.number(group, COUNT));
        }
        return counts;
    }

    /** SDG and year keys sort as numbers ("2" before "10"), other keys alphabetically. */
    private static int numericFirst(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }
}
