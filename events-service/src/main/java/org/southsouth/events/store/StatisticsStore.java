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
import com.mongodb.client.model.Facet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.domain.CountryRegions;
import org.southsouth.events.domain.EventKind;
import org.southsouth.events.domain.EventStatistics;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.KnowledgeKind;
import org.southsouth.events.domain.ParticipantRole;
import org.southsouth.events.domain.ParticipationStatus;
import org.southsouth.events.domain.ReviewStatus;

/** Computes the figures with aggregation pipelines over events, participations and knowledge products. */
@ApplicationScoped
public class StatisticsStore {

    private static final String COUNT = "count";

    @Inject
    ExchangeEventStore events;

    @Inject
    ParticipationStore participations;

    @Inject
    KnowledgeProductStore knowledge;

    public EventStatistics compute(StatisticsCriteria criteria) {
        Document eventFacets = eventFacets(criteria);
        Map<String, Long> completedByKind = counts(eventFacets, "completed");
        Map<List<String>, Long> attended = attendedByKindAndRole(criteria);
        Map<String, Long> byRole = new TreeMap<>();
        attended.forEach((kindAndRole, n) -> byRole.merge(kindAndRole.get(1), n, Long::sum));
        return new EventStatistics(
                completedByKind.getOrDefault(EventKind.DELEGATION_VISIT.name(), 0L),
                attended.getOrDefault(List.of(EventKind.DELEGATION_VISIT.name(), ParticipantRole.DELEGATE.name()), 0L),
                completedByKind.getOrDefault(EventKind.EXPERT_MISSION.name(), 0L),
                attended.getOrDefault(List.of(EventKind.EXPERT_MISSION.name(), ParticipantRole.EXPERT.name()), 0L),
                byRole.values().stream().mapToLong(Long::longValue).sum(), byRole,
                counts(eventFacets, "byKind"), counts(eventFacets, "byCountry"), counts(eventFacets, "bySdg"),
                counts(eventFacets, "byYear"), goodPracticesBySdg(criteria));
    }

    private Document eventFacets(StatisticsCriteria criteria) {
        List<Bson> match = eventFilters("", criteria);
        match.add(in("status", EventStatus.COUNTED.stream().map(Enum::name).toList()));
        Document result = events.collection().aggregate(List.of(Aggregates.match(and(match)), Aggregates.facet(
                new Facet("byKind", countBy("$kind")),
                new Facet("byCountry", Aggregates.match(ne("country", null)), countBy("$country")),
                new Facet("bySdg", Aggregates.unwind("$sdgs"), countBy("$sdgs")),
                new Facet("byYear", countBy("$year")),
                new Facet("completed", Aggregates.match(eq("status", EventStatus.COMPLETED.name())), countBy("$kind")))))
                .first();
        return result == null ? new Document() : result;
    }

    /** Attended participations of completed events, by the event's kind and the participant's role. */
    private Map<List<String>, Long> attendedByKindAndRole(StatisticsCriteria criteria) {
        List<Bson> eventMatch = eventFilters("event.", criteria);
        eventMatch.add(eq("event.status", EventStatus.COMPLETED.name()));
        Map<List<String>, Long> counts = new TreeMap<>((a, b) -> String.join("/", a).compareTo(String.join("/", b)));
        participations.collection().aggregate(List.of(
                Aggregates.match(eq("status", ParticipationStatus.ATTENDED.name())),
                Aggregates.lookup(ExchangeEventStore.COLLECTION, "eventId", "_id", "event"),
                Aggregates.unwind("$event"),
                Aggregates.match(and(eventMatch)),
                Aggregates.group(new Document("kind", "$event.kind").append("role", "$role"), Accumulators.sum(COUNT, 1))))
                .forEach(d -> {
                    Document key = d.get("_id", Document.class);
                    counts.put(List.of(key.getString("kind"), key.getString("role")), Bsons.number(d, COUNT));
                });
        return counts;
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

    /** The events the criteria select, on fields under {@code prefix} (the event joined to a participation). */
    private static List<Bson> eventFilters(String prefix, StatisticsCriteria c) {
        List<Bson> filters = new ArrayList<>();
        if (c.organizationId() != null) {
            filters.add(eq(prefix + "hostOrganizationId", c.organizationId().toString()));
        }
        if (c.from() != null) {
            filters.add(gte(prefix + "startsAt", Bsons.date(c.from().atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        if (c.to() != null) {
            filters.add(lt(prefix + "startsAt", Bsons.date(c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        if (c.sdg() != null) {
            filters.add(eq(prefix + "sdgs", c.sdg()));
        }
        if (c.country() != null) {
            filters.add(eq(prefix + "country", c.country()));
        }
        if (c.region() != null) {
            filters.add(in(prefix + "country", List.copyOf(CountryRegions.countriesOf(c.region()))));
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
