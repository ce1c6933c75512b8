package org.southsouth.events.event;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.jboss.logging.Logger;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.statistics.StatisticsMonths;

/** Derives the start month ({@code month}) of events stored without one (by an older version), run periodically. */
@ApplicationScoped
public class MonthBackfill {

    private static final Logger LOG = Logger.getLogger(MonthBackfill.class);

    @Inject
    ExchangeEventStore events;

    @Inject
    StatisticsMonths statistics;

    /** Writes the month of every event without one; returns how many were written. */
    public int backfill() {
        List<Document> missing = events.collection()
                .find(exists(EventDocuments.MONTH, false))
                .projection(Projections.include("startsAt", "timeZone"))
                .into(new ArrayList<>());
        // The month is a key of the statistics' breakdowns: their months are recounted after.
        Set<String> months = new TreeSet<>();
        missing.forEach(event -> months.add(StatisticsMonths.monthOf(Bsons.instant(event.getDate("startsAt")))));
        int written = statistics.change(months, () -> write(missing));
        if (written > 0) {
            LOG.infof("Derived the start month of %d events", written);
        }
        return written;
    }

    private int write(List<Document> missing) {
        int written = 0;
        for (Document event : missing) {
            String month = EventDocuments.month(Bsons.instant(event.getDate("startsAt")), event.getString("timeZone"));
            // Only over the start read: an event moved meanwhile got its month from that change (or keeps none until
            // the next run, if an older instance moved it), never the month of where it used to be.
            written += (int) events.collection()
                    .updateOne(
                            and(
                                    eq("_id", event.get("_id")),
                                    exists(EventDocuments.MONTH, false),
                                    eq("startsAt", event.get("startsAt")),
                                    eq("timeZone", event.get("timeZone"))),
                            Updates.set(EventDocuments.MONTH, month))
                    .getModifiedCount();
        }
        return written;
    }
}
