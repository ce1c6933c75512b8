package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEventStore;

/**
 * The seats of an event, taken and given back with single conditional updates on the event document: a claim
 * matches only while enough seats are left, so concurrent registrations can never exceed the capacity.
 * Events without a capacity count taken seats only.
 * Each change of the seats is journaled after it ({@link ExchangeEventStore#journalSeats}).
 * <p>
 * A claim stays recorded on the event ({@code seatClaims}) until its seats are settled on participations or given
 * back, so seats whose holder was never written (the process died in between) can be found and given back.
 */
@ApplicationScoped
class SeatLedger {

    static final String CLAIMS = "seatClaims";
    private static final int MAX_ATTEMPTS = 10;

    @Inject
    ExchangeEventStore events;

    void createIndexes(@Observes StartupEvent startup) {
        events.collection()
                .createIndex(
                        Indexes.ascending(CLAIMS + ".at"),
                        new IndexOptions().name("seat_claims").sparse(true));
    }

    /**
     * Takes {@code seats} seats if the event is in one of {@code statuses} and has them left; null if not.
     * {@code limitedAsRead} says whether the event had a capacity when last read: that form is tried first, the other
     * only when it did not match (the capacity may have changed meanwhile).
     */
    public SeatClaim claim(UUID eventId, int seats, Collection<EventStatus> statuses, boolean limitedAsRead) {
        SeatClaim claim = new SeatClaim(eventId, UUID.randomUUID(), seats, Instant.now());
        Bson open = and(
                eq("_id", eventId.toString()),
                in("status", statuses.stream().map(Enum::name).toList()));
        Bson record = Updates.push(
                CLAIMS,
                new Document("claimId", claim.claimId().toString())
                        .append("seats", seats)
                        .append("at", Bsons.date(claim.at())));
        Bson limited = and(open, ne("capacity", null), gte("seatsLeft", seats));
        Bson limitedClaim = Updates.combine(record, Updates.inc("seatsTaken", seats), Updates.inc("seatsLeft", -seats));
        Bson unlimited = and(open, eq("capacity", null));
        Bson unlimitedClaim = Updates.combine(record, Updates.inc("seatsTaken", seats));
        boolean claimed = limitedAsRead
                ? claims(limited, limitedClaim) || claims(unlimited, unlimitedClaim)
                : claims(unlimited, unlimitedClaim) || claims(limited, limitedClaim);
        if (claimed) {
            events.journalSeats(eventId);
            return claim;
        }
        return null;
    }

    private boolean claims(Bson event, Bson claim) {
        return events.collection().updateOne(event, claim).getModifiedCount() == 1;
    }

    /** The claim's seats all went to participations: it is no longer pending. */
    public void settle(SeatClaim claim) {
        events.collection()
                .updateOne(
                        eq("_id", claim.eventId().toString()),
                        Updates.pull(
                                CLAIMS, new Document("claimId", claim.claimId().toString())));
    }

    /**
     * Gives back {@code unused} seats of the claim and ends it, in one update that matches only while the claim is
     * pending: of concurrent callers, one gives them back. False when the claim had already ended.
     */
    public boolean giveBack(SeatClaim claim, int unused) {
        Bson pending = and(
                eq("_id", claim.eventId().toString()),
                eq(CLAIMS + ".claimId", claim.claimId().toString()));
        Bson end = Updates.pull(CLAIMS, new Document("claimId", claim.claimId().toString()));
        boolean givenBack = change(
                pending,
                Updates.combine(end, Updates.inc("seatsTaken", -unused), Updates.inc("seatsLeft", unused)),
                Updates.combine(end, Updates.inc("seatsTaken", -unused)));
        if (givenBack) {
            events.journalSeats(claim.eventId());
        }
        return givenBack;
    }

    /** Gives back {@code seats} seats a participation held. */
    public void release(UUID eventId, int seats) {
        if (!change(
                eq("_id", eventId.toString()),
                Updates.combine(Updates.inc("seatsTaken", -seats), Updates.inc("seatsLeft", seats)),
                Updates.inc("seatsTaken", -seats))) {
            throw new IllegalStateException("Could not give back " + seats + " seats of event " + eventId);
        }
        events.journalSeats(eventId);
    }

    /** Claims recorded before {@code cutoff} and still pending. */
    public List<SeatClaim> pendingSince(Instant cutoff) {
        List<SeatClaim> claims = new ArrayList<>();
        for (Document event : events.collection()
                .find(lt(CLAIMS + ".at", Bsons.date(cutoff)))
                .projection(Projections.include(CLAIMS))) {
            UUID eventId = UUID.fromString(event.getString("_id"));
            for (Document c : event.getList(CLAIMS, Document.class)) {
                Instant at = c.getDate("at").toInstant();
                if (at.isBefore(cutoff)) {
                    claims.add(
                            new SeatClaim(eventId, UUID.fromString(c.getString("claimId")), c.getInteger("seats"), at));
                }
            }
        }
        return claims;
    }

    /**
     * Applies the limited or the unlimited form of a seat change (retrying while the capacity changes between
     * them); false once {@code target} matches no event.
     */
    private boolean change(Bson target, Bson limited, Bson unlimited) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (events.collection()
                                    .updateOne(and(target, ne("capacity", null)), limited)
                                    .getModifiedCount()
                            == 1
                    || events.collection()
                                    .updateOne(and(target, eq("capacity", null)), unlimited)
                                    .getModifiedCount()
                            == 1) {
                return true;
            }
            if (events.collection().countDocuments(target) == 0) {
                return false;
            }
        }
        throw new IllegalStateException("The seats of " + target + " kept changing between limited and unlimited");
    }
}
