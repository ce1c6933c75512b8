package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.KnowledgeProductStore;
import org.southsouth.events.knowledge.Region;
import org.southsouth.events.participation.AttendanceCounters;
import org.southsouth.reference.Countries;

/**
 * Computes the figures: the events' from the months' statistics ({@link StatisticsMonths}) for the whole months of the
 * period and from the events themselves for the days at its edges, a month found stale and a selection by organization
 * (one pass over their statistical fields, {@link EventFacets}), and all of them while the months' statistics are
 * being filled; the good practices' likewise from the years' counts
 * ({@link GoodPracticeYears}).
 * Attendance comes from the counters each event keeps ({@link AttendanceCounters}), so the cost does not grow with the
 * participations. {@link #recount} gives the same figures from the events alone.
 */
@ApplicationScoped
public class StatisticsStore {

    @Inject
    ExchangeEventStore events;

    @Inject
    KnowledgeProductStore knowledge;

    @Inject
    StatisticsMonths months;

    @Inject
    GoodPracticeYears practices;

    public EventStatistics compute(StatisticsFilter filter) {
        String selection = Selection.of(filter);
        if (filter.organizationId() != null || selection == null || !months.filled()) {
            return figures(countedEvents(filter), goodPracticesBySdg(filter));
        }
        StatisticsPeriod period = StatisticsPeriod.of(filter.from(), filter.to());
        EventFacets facets = new EventFacets();
        List<LocalDate[]> fromEvents = new ArrayList<>(period.edges());
        if (period.wholeMonths()) {
            fromEvents.addAll(months.addCurrent(selection, period, facets));
        }
        if (!fromEvents.isEmpty()) {
            List<Bson> match = placeFilters(filter);
            match.add(or(fromEvents.stream()
                    .map(days -> and(gte("startsAt", startOf(days[0])), lt("startsAt", startOf(days[1]))))
                    .toList()));
            facets.add(counted(match));
        }
        return figures(facets, goodPracticesBySdg(filter));
    }

    /**
     * The figures counted from every selected event and good practice, as before the months' and years' statistics:
     * what they must equal.
     */
    public EventStatistics recount(StatisticsFilter filter) {
        return figures(countedEvents(filter), recountGoodPractices(filter));
    }

    /** The tally of every event the filter selects, counted from the events. */
    private EventFacets countedEvents(StatisticsFilter filter) {
        List<Bson> match = placeFilters(filter);
        if (filter.organizationId() != null) {
            match.add(eq("hostOrganizationId", filter.organizationId().toString()));
        }
        if (filter.from() != null) {
            match.add(gte("startsAt", startOf(filter.from())));
        }
        if (filter.to() != null) {
            match.add(lt("startsAt", startOf(filter.to().plusDays(1))));
        }
        return counted(match);
    }

    private static EventStatistics figures(EventFacets facets, Map<String, Long> goodPracticesBySdg) {
        CompletedEventFigures totals = facets.completedTotals();
        return new EventStatistics(
                totals.delegationVisitsHosted(),
                totals.delegatesHosted(),
                totals.expertMissionsCompleted(),
                totals.expertsSent(),
                totals.participants(),
                facets.attendedByRole(),
                facets.counts(EventFacets.BY_KIND),
                facets.counts(EventFacets.BY_COUNTRY),
                facets.countsByRegion(),
                facets.counts(EventFacets.BY_SDG),
                facets.counts(EventFacets.BY_YEAR),
                facets.counts(EventFacets.BY_MONTH),
                facets.completed(EventFacets.COMPLETED_BY_SDG),
                facets.completed(EventFacets.COMPLETED_BY_YEAR),
                facets.completed(EventFacets.COMPLETED_BY_MONTH),
                facets.completed(EventFacets.COMPLETED_BY_COUNTRY),
                facets.completedByRegion(),
                goodPracticesBySdg);
    }

    /** The tally of the counted events {@code match} selects. */
    private EventFacets counted(List<Bson> match) {
        match.add(in("status", EventStatus.COUNTED.stream().map(Enum::name).toList()));
        return new EventFacets(events.collection().find(and(match)).projection(EventFacets.FIELDS));
    }

    /**
     * Published good practices by SDG: from the years' counts ({@link GoodPracticeYears}), and from the practices of
     * a year found stale and for a selection by organization.
     */
    private Map<String, Long> goodPracticesBySdg(StatisticsFilter filter) {
        String selection = Selection.ofPractices(filter);
        if (filter.organizationId() != null || selection == null || !practices.filled()) {
            return recountGoodPractices(filter);
        }
        Map<String, Long> bySdg = new TreeMap<>(GroupCounts::numericFirst);
        List<Integer> stale = practices.addCurrent(
                selection,
                filter.from() == null ? null : filter.from().getYear(),
                filter.to() == null ? null : filter.to().getYear(),
                bySdg);
        if (!stale.isEmpty()) {
            List<Bson> match = practiceFilters(filter);
            match.add(GoodPracticeYears.ofYears(stale));
            addGoodPractices(match, bySdg);
        }
        return bySdg;
    }

    /** Published good practices (archived ones included: they were published) by SDG, counted from the practices. */
    private Map<String, Long> recountGoodPractices(StatisticsFilter c) {
        List<Bson> match = practiceFilters(c);
        if (c.from() != null) {
            match.add(gte("year", c.from().getYear()));
        }
        if (c.to() != null) {
            match.add(lte("year", c.to().getYear()));
        }
        Map<String, Long> bySdg = new TreeMap<>(GroupCounts::numericFirst);
        addGoodPractices(match, bySdg);
        return bySdg;
    }

    private void addGoodPractices(List<Bson> match, Map<String, Long> bySdg) {
        match.add(GoodPracticeYears.PUBLISHED);
        for (Document product : knowledge.collection().find(and(match)).projection(Projections.include("sdgs"))) {
            GroupCounts.unwound(product.get("sdgs")).forEach(sdg -> bySdg.merge(GroupCounts.name(sdg), 1L, Long::sum));
        }
    }

    /** The good practices the filter selects by organization, goal and place. */
    private static List<Bson> practiceFilters(StatisticsFilter c) {
        List<Bson> match = new ArrayList<>();
        if (c.organizationId() != null) {
            match.add(eq("leadOrganizationIds", c.organizationId().toString()));
        }
        if (c.sdg() != null) {
            match.add(eq("sdgs", c.sdg()));
        }
        if (c.country() != null) {
            match.add(eq("country", c.country()));
        }
        if (c.region() != null) {
            match.add(or(
                    eq("region", Region.of(c.region()).name()),
                    in("country", List.copyOf(Countries.countriesOf(c.region())))));
        }
        return match;
    }

    /** The events the filter selects by goal and place. */
    private static List<Bson> placeFilters(StatisticsFilter c) {
        List<Bson> filters = new ArrayList<>();
        if (c.sdg() != null) {
            filters.add(eq("sdgs", c.sdg()));
        }
        if (c.country() != null) {
            filters.add(eq("country", c.country()));
        }
        if (c.region() != null) {
            filters.add(in("country", List.copyOf(Countries.countriesOf(c.region()))));
        }
        return filters;
    }

    private static Date startOf(LocalDate day) {
        return Bsons.date(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
