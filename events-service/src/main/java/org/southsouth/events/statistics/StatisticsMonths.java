package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.messaging.DocumentOutboxRelay;

/**
 * The statistics of the events starting in each UTC month, one document per month ({@code _id} "2025-03") holding,
 * for every {@link Selection} its events belong to, the tally of its counted events ({@link FacetDocuments}), so a
 * request reads the whole months of its period instead of every event (issue 18). The months partition the events by
 * the UTC start that {@code from} and {@code to} select on, so the tallies add up, whatever year and month the venue's
 * time zone gives an event within them. Kept exact by the {@link Summaries} protocol: a write that can move a month's
 * figures (an event's status, details or start, its attendance counters, its derived month) goes through
 * {@link #change}, or marks and recounts as it does ({@code AttendanceCounters}, {@code MonthBackfill}).
 */
@ApplicationScoped
public class StatisticsMonths {

    public static final String COLLECTION = "statistics_months";
    private static final String STARTS_AT = "startsAt";
    private static final Bson COUNTED =
            in("status", EventStatus.COUNTED.stream().map(Enum::name).toList());

    @Inject
    EventsDatabase database;

    @Inject
    DocumentOutboxRelay relay;

    private Summaries months;

    @PostConstruct
    void summaries() {
        months = new Summaries(database.collection(COLLECTION), this::tally, this::monthsWithEvents, relay::wake);
    }

    /** The UTC month of a start. */
    public static String monthOf(Instant startsAt) {
        return YearMonth.from(startsAt.atOffset(ZoneOffset.UTC)).toString();
    }

    /** Makes {@code write}, which can move the figures of {@code months}, as the protocol needs. */
    public <T> T change(Collection<String> months, Supplier<T> write) {
        return this.months.change(months, write);
    }

    /** Marks the months stale: call before a write that can move their figures, and {@link #recount} them after. */
    public void markStale(Collection<String> months) {
        this.months.markStale(months);
    }

    /** Stores the months' statistics counted from their events now. */
    public void recount(Collection<String> months) {
        this.months.recount(months);
    }

    /** Recounts the months a crash left stale, or all when events came in around the service; returns how many. */
    public int reconcile() {
        return months.reconcile();
    }

    /**
     * Adds the selection's tally of each whole month of the period whose statistics are current to {@code facets},
     * and returns the others, each as its first day and the first day of the next, to be counted from the events.
     */
    List<LocalDate[]> addCurrent(String selection, StatisticsPeriod period, EventFacets facets) {
        List<Bson> span = new ArrayList<>();
        if (period.firstMonth() != null) {
            span.add(gte("_id", period.firstMonth().toString()));
        }
        if (period.lastMonth() != null) {
            span.add(lte("_id", period.lastMonth().toString()));
        }
        Summaries.Read read = months.read(span.isEmpty() ? null : and(span), selection);
        read.tallies().values().forEach(tally -> FacetDocuments.addTo(facets, tally));
        return read.stale().stream()
                .map(YearMonth::parse)
                .map(month ->
                        new LocalDate[] {month.atDay(1), month.plusMonths(1).atDay(1)})
                .toList();
    }

    /** Month → the tallies of its counted events by selection, in one pass over the months' span. */
    private Map<String, Document> tally(SortedSet<String> months) {
        Map<String, Map<String, EventFacets>> tallies = new HashMap<>();
        Bson span = and(
                COUNTED,
                gte(STARTS_AT, startOf(YearMonth.parse(months.first()))),
                lt(STARTS_AT, startOf(YearMonth.parse(months.last()).plusMonths(1))));
        for (Document event : events().find(span)
                .projection(Projections.fields(EventFacets.FIELDS, Projections.include(STARTS_AT)))) {
            String month = monthOf(Bsons.instant(event.getDate(STARTS_AT)));
            if (months.contains(month)) {
                Map<String, EventFacets> bySelection = tallies.computeIfAbsent(month, m -> new HashMap<>());
                Selection.of(event)
                        .forEach(selection -> bySelection
                                .computeIfAbsent(selection, s -> new EventFacets())
                                .add(event));
            }
        }
        Map<String, Document> documents = new HashMap<>();
        tallies.forEach((month, bySelection) -> documents.put(month, FacetDocuments.toDocument(bySelection)));
        return documents;
    }

    private Collection<String> monthsWithEvents() {
        SortedSet<String> months = new TreeSet<>();
        events().find(COUNTED)
                .projection(Projections.include(STARTS_AT))
                .forEach(event -> months.add(monthOf(Bsons.instant(event.getDate(STARTS_AT)))));
        return months;
    }

    private static Date startOf(YearMonth month) {
        return Date.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private MongoCollection<Document> events() {
        return database.collection(ExchangeEventStore.COLLECTION);
    }
}
