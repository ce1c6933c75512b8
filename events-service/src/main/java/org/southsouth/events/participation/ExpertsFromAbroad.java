package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.messaging.OrganizationReplicaStore;

/**
 * An event's ATTENDED experts whose organization, as the organization replica knows it, is in another country than
 * the venue. An organization the replica does not know, or knows without a country, is not abroad.
 */
public final class ExpertsFromAbroad {

    public static final String FIELD = "expertsFromAbroad";
    private static final String ORGANIZATION = "organization";
    private static final String COUNT = "count";

    private ExpertsFromAbroad() {}

    /**
     * How many, by event, for the events of {@code venueByEvent} (each event's venue country, null for none: online
     * events and events without a country count 0, nobody travels to them), in one pass.
     */
    static Map<String, Long> count(MongoCollection<Document> participations, Map<String, String> venueByEvent) {
        List<String> located = venueByEvent.entrySet().stream()
                .filter(venue -> venue.getValue() != null)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Long> counts = new HashMap<>();
        if (located.isEmpty()) {
            return counts;
        }
        String country = ORGANIZATION + ".country";
        participations
                .aggregate(List.of(
                        Aggregates.match(and(
                                in("eventId", located),
                                eq("status", ParticipationStatus.ATTENDED.name()),
                                eq("role", ParticipantRole.EXPERT.name()))),
                        Aggregates.lookup(OrganizationReplicaStore.COLLECTION, "organizationId", "_id", ORGANIZATION),
                        Aggregates.unwind("$" + ORGANIZATION),
                        Aggregates.match(ne(country, null)),
                        Aggregates.group(
                                new Document("event", "$eventId").append("country", "$" + country),
                                Accumulators.sum(COUNT, 1))))
                .forEach(group -> {
                    Document key = group.get("_id", Document.class);
                    String event = key.getString("event");
                    if (!venueByEvent.get(event).equals(key.getString("country"))) {
                        counts.merge(event, Bsons.number(group, COUNT), Long::sum);
                    }
                });
        return counts;
    }

    /**
     * The events where an expert of the organization ATTENDED: those whose count follows its country (served by the
     * organization index).
     */
    static List<UUID> eventsAttendedByExpertsOf(MongoCollection<Document> participations, UUID organizationId) {
        return participations
                .distinct(
                        "eventId",
                        and(
                                eq("organizationId", organizationId.toString()),
                                eq("role", ParticipantRole.EXPERT.name()),
                                eq("status", ParticipationStatus.ATTENDED.name())),
                        String.class)
                .map(UUID::fromString)
                .into(new ArrayList<>());
    }
}
