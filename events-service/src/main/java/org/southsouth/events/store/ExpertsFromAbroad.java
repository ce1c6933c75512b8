package org.southsouth.events.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.util.List;
import org.bson.Document;
import org.southsouth.events.domain.ParticipantRole;
import org.southsouth.events.domain.ParticipationStatus;

/**
 * An event's ATTENDED experts whose organization, as the organization replica knows it, is in another country than
 * the venue. An organization the replica does not know, or knows without a country, is not abroad.
 */
final class ExpertsFromAbroad {

    static final String FIELD = "expertsFromAbroad";
    private static final String ORGANIZATION = "organization";
    private static final String COUNT = "count";

    private ExpertsFromAbroad() {}

    /** How many; 0 without a venue country (online events: nobody travels to them). */
    static long count(MongoCollection<Document> participations, String eventId, String venueCountry) {
        if (venueCountry == null) {
            return 0;
        }
        String country = ORGANIZATION + ".country";
        Document total = participations
                .aggregate(List.of(
                        Aggregates.match(and(
                                eq("eventId", eventId),
                                eq("status", ParticipationStatus.ATTENDED.name()),
                                eq("role", ParticipantRole.EXPERT.name()))),
                        Aggregates.lookup(OrganizationReplicaStore.COLLECTION, "organizationId", "_id", ORGANIZATION),
                        Aggregates.unwind("$" + ORGANIZATION),
                        Aggregates.match(and(ne(country, null), ne(country, venueCountry))),
                        Aggregates.group(null, Accumulators.sum(COUNT, 1))))
                .first();
        return total == null ? 0 : Bsons.number(total, COUNT);
    }
}
