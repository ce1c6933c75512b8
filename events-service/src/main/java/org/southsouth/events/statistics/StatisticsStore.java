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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.KnowledgeKind;
import org.southsouth.events.knowledge.KnowledgeProductStore;
import org.southsouth.events.knowledge.Region;
import org.southsouth.events.knowledge.ReviewStatus;
import org.southsouth.reference.Countries;

/**
 * Computes the figures in one pass over the selected events' statistical fields ({@link EventFacets}) and one over
 * the good practices' goals; attendance comes from the counters each event keeps ({@link AttendanceCounters}), so the
 * cost does not grow with the participations.
 */
@ApplicationScoped
public class StatisticsStore {

    @Inject
    ExchangeEventStore events;

    @Inject
    KnowledgeProductStore knowledge;

    public EventStatistics compute(StatisticsFilter filter) {
        EventFacets facets = eventFacets(filter);
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
                goodPracticesBySdg(filter));
    }

    private EventFacets eventFacets(StatisticsFilter filter) {
        List<Bson> match = eventFilters(filter);
        match.add(in("status", EventStatus.COUNTED.stream().map(Enum::name).toList()));
        return new EventFacets(events.collection().find(and(match)).projection(EventFacets.FIELDS));
    }

    /** Published good practices (archived ones included: they were published) by SDG. */
    private Map<String, Long> goodPracticesBySdg(StatisticsFilter c) {
        List<Bson> match = new ArrayList<>(List.of(
                eq("kind", KnowledgeKind.GOOD_PRACTICE.name()),
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
            match.add(or(
                    eq("region", Region.of(c.region()).name()),
                    in("country", List.copyOf(Countries.countriesOf(c.region())))));
        }
        Map<String, Long> bySdg = new TreeMap<>(GroupCounts::numericFirst);
        for (Document product : knowledge.collection().find(and(match)).projection(Projections.include("sdgs"))) {
            GroupCounts.unwound(product.get("sdgs"))
                    .forEach(sdg -> bySdg.merge(String.valueOf(GroupCounts.key(sdg)), 1L, Long::sum));
        }
        return bySdg;
    }

    /** The events the filter selects. */
    private static List<Bson> eventFilters(StatisticsFilter c) {
        List<Bson> filters = new ArrayList<>();
        if (c.organizationId() != null) {
            filters.add(eq("hostOrganizationId", c.organizationId().toString()));
        }
        if (c.from() != null) {
            filters.add(gte(
                    "startsAt", Bsons.date(c.from().atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
        if (c.to() != null) {
            filters.add(lt(
                    "startsAt",
                    Bsons.date(c.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())));
        }
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
}
