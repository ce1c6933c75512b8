package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    /** @param organizationId null for the whole network, else events it hosts and good practices it leads */
    public EventStatistics compute(UUID organizationId) {
        Document eventFacets = eventFacets(organizationId);
        Map<String, Long> completedByKind = counts(eventFacets, "completed");
        Map<List<String>, Long> attended = attendedByKindAndRole(organizationId);
        Map<String, Long> byRole = new TreeMap<>();
        attended.forEach((kindAndRole, n) -> byRole.merge(kindAndRole.get(1), n, Long::sum));
        return new EventStatistics(
                completedByKind.getOrDefault(EventKind.DELEGATION_VISIT.name(), 0L),
                attended.getOrDefault(List.of(EventKind.DELEGATION_VISIT.name(), ParticipantRole.DELEGATE.name()), 0L),
                completedByKind.getOrDefault(EventKind.EXPERT_MISSION.name(), 0L),
                attended.getOrDefault(List.of(EventKind.EXPERT_MISSION.name(), ParticipantRole.EXPERT.name()), 0L),
                byRole.values().stream().mapToLong(Long::longValue).sum(), byRole,
                counts(eventFacets, "byKind"), counts(eventFacets, "byCountry"), counts(eventFacets, "bySdg"),
                counts(eventFacets, "byYear"), goodPracticesBySdg(organizationId));
    }

    private Document eventFacets(UUID organizationId) {
        List<Bson> match = new ArrayList<>(List.of(in("status", EventStatus.COUNTED.stream().map(Enum::name).toList())));
        if (organizationId != null) {
            match.add(eq("hostOrganizationId", organizationId.toString()));
        }
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
    private Map<List<String>, Long> attendedByKindAndRole(UUID organizationId) {
        List<Bson> eventMatch = new ArrayList<>(List.of(eq("event.status", EventStatus.COMPLETED.name())));
        if (organizationId != null) {
            eventMatch.add(eq("event.hostOrganizationId", organizationId.toString()));
        }
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
    private Map<String, Long> goodPracticesBySdg(UUID organizationId) {
        List<Bson> match = new ArrayList<>(List.of(eq("kind", KnowledgeKind.GOOD_PRACTICE.name()),
                in("reviewStatus", ReviewStatus.PUBLISHED.name(), ReviewStatus.ARCHIVED.name())));
        if (organizationId != null) {
            match.add(eq("leadOrganizationIds", organizationId.toString()));
        }
        Map<String, Long> counts = new TreeMap<>(StatisticsStore::numericFirst);
        knowledge.collection().aggregate(List.of(Aggregates.match(and(match)), Aggregates.unwind("$sdgs"), countBy("$sdgs")))
                .forEach(d -> counts.put(String.valueOf(d.get("_id")), Bsons.number(d, COUNT)));
        return counts;
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
