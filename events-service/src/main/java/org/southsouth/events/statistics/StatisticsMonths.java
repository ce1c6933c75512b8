package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

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
import org.southsouth.events.config.EventsSettings;
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
 * {@link #change}.
 */
@ApplicationScoped
public class StatisticsMonths {

    public static final String COLLECTION = "statistics_months";
    private static final String STARTS_AT = "startsAt";
    private static final Bson COUNTED =
            in("status", EventStatus.COUNTED.stream().map(Enum::name).toList());

    /** The shape of a month's tallies ({@link FacetDocuments}): a change of shape takes the next number. */
    private static final int TALLY_FORMAT = 1;

    @Inject
    EventsDatabase database;

    @Inject
    DocumentOutboxRelay relay;

    @Inject
    EventsSettings settings;

    private Summaries months;

    @PostConstruct
    void summaries() {
        months = new Summaries(
                database.collection(COLLECTION),
                TALLY_FORMAT,
                settings.recount().grace(),
                this::tally,
                this::monthsWithEvents,
                relay::wake);
    }

    /** The UTC month of a start. */
    public static String monthOf(Instant startsAt) {
        return YearMonth.from(startsAt.atOffset(ZoneOffset.UTC)).toString();
    }

    /** Makes {@code write}, which can move the figures of {@code months}, as the protocol needs. */
    public <T> T change(Collection<String> months, Supplier<T> write) {
        return this.months.change(months, write);
    }

    /** Marks the months for a writer (as {@link #change} does before its write): they stay stale until recounted. */
    public void markStale(Collection<String> months) {
        this.months.markStale(months);
    }

    /**
     * Recounts the months a crash left stale, or all when events came in around the service (or the tallies' format
     * changed); returns how many.
     */
    public int reconcile() {
        return months.reconcile();
    }

    /** Counts every month with counted events unless they are all counted in this format; returns how many were. */
    public int fill() {
        return months.fill();
    }

    /** Whether every month with counted events has its statistics: else the figures are counted from the events. */
    boolean filled() {
        return months.filled();
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

    /** Month → the tallies of its counted events by selection, in one pass over the events of those months. */
    private Map<String, Document> tally(SortedSet<String> months) {
        Map<String, Map<String, EventFacets>> tallies = new HashMap<>();
        for (Document event : events().find(and(COUNTED, startingIn(months)))
                .projection(Projections.fields(EventFacets.FIELDS, Projections.include(STARTS_AT)))) {
            String month = monthOf(Bsons.instant(event.getDate(STARTS_AT)));
            Map<String, EventFacets> bySelection = tallies.computeIfAbsent(month, m -> new HashMap<>());
            Selection.of(event)
                    .forEach(selection -> bySelection
                            .computeIfAbsent(selection, s -> new EventFacets())
                            .add(event));
        }
        Map<String, Document> documents = new HashMap<>();
        tallies.forEach((month, bySelection) -> documents.put(month, FacetDocuments.toDocument(bySelection)));
        return documents;
    }

    /** The events starting in these months: one range per run of consecutive months, not the span between them. */
    static Bson startingIn(SortedSet<String> months) {
        List<Bson> ranges = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (String id : months) {
            YearMonth month = YearMonth.parse(id);
            if (last != null && month.equals(last.plusMonths(1))) {
                last = month;
                continue;
            }
            if (first != null) {
                ranges.add(startingBetween(first, last));
            }
            first = month;
            last = month;
        }
        ranges.add(startingBetween(first, last));
        return ranges.size() == 1 ? ranges.get(0) : or(ranges);
    }

    private static Bson startingBetween(YearMonth first, YearMonth last) {
        return and(gte(STARTS_AT, startOf(first)), lt(STARTS_AT, startOf(last.plusMonths(1))));
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
