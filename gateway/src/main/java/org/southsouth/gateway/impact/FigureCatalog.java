package org.southsouth.gateway.impact;

import static org.southsouth.gateway.impact.Breakdown.COUNTRY;
import static org.southsouth.gateway.impact.Breakdown.MONTH;
import static org.southsouth.gateway.impact.Breakdown.PROGRAMME;
import static org.southsouth.gateway.impact.Breakdown.REGION;
import static org.southsouth.gateway.impact.Breakdown.SDG;
import static org.southsouth.gateway.impact.Breakdown.YEAR;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.southsouth.gateway.impact.EventFigures.Completed;
import org.southsouth.gateway.impact.VolunteerFigures.ByCountry;
import org.southsouth.gateway.impact.VolunteerFigures.ByMonth;
import org.southsouth.gateway.impact.VolunteerFigures.ByProgramme;
import org.southsouth.gateway.impact.VolunteerFigures.ByRegion;
import org.southsouth.gateway.impact.VolunteerFigures.BySdg;
import org.southsouth.gateway.impact.VolunteerFigures.ByYear;
import org.southsouth.gateway.impact.VolunteerFigures.Opportunities;
import org.southsouth.gateway.impact.VolunteerFigures.Tally;

/**
 * Where every figure comes from: the source of each headline figure, and the breakdowns each source offers, read from
 * the sources' typed figures ({@link OrganizationFigures}, {@link PartnershipFigures}, {@link EventFigures},
 * {@link VolunteerFigures}). The definitions in {@link ImpactReport} describe what these numbers count; this class
 * only says where they are read.
 */
final class FigureCatalog {

    static final String ORGANIZATIONS_CONNECTED = "organizationsConnected";
    static final String COUNTRIES_AND_REGIONS = "countriesAndRegions";
    static final String VISITS_HOSTED = "visitsHosted";
    static final String DELEGATES_HOSTED = "delegatesHosted";
    static final String EXPERTS_SENT = "expertsSent";
    static final String VOLUNTEERS_ENGAGED = "volunteersEngaged";
    static final String VOLUNTEERS_DEPLOYED = "volunteersDeployed";
    static final String DEPLOYMENTS_BY_COUNTRY = "deploymentsByCountry";
    static final String SERVICE_HOURS = "serviceHours";
    static final String OPPORTUNITIES = "opportunities";

    /** Headline figures that are records rather than numbers: their parts are broken down, not they. */
    static final Set<String> STRUCTURED = Set.of(DEPLOYMENTS_BY_COUNTRY, OPPORTUNITIES);

    /** Every service applies every filter to its own records. */
    private static final Set<FilterKind> EVERY_FILTER = EnumSet.allOf(FilterKind.class);

    static final List<Series> SERIES = Stream.of(
                    List.of(
                            volunteers(VOLUNTEERS_DEPLOYED, SDG, v -> column(v.bySdg(), BySdg::sdg, BySdg::volunteers)),
                            volunteers("deployments", SDG, v -> column(v.bySdg(), BySdg::sdg, BySdg::deployments)),
                            partnerships(SDG, PartnershipFigures::bySdg),
                            events("events", SDG, EventFigures::eventsBySdg),
                            events("goodPractices", SDG, EventFigures::goodPracticesBySdg)),
                    serviceHours(SDG, VolunteerFigures::bySdg, BySdg::sdg, BySdg::verifiedHours, BySdg::hours),
                    completedEvents(SDG, EventFigures::completedBySdg),
                    List.of(
                            volunteers(
                                    VOLUNTEERS_DEPLOYED, YEAR, v -> column(v.byYear(), ByYear::year, ByYear::deployed)),
                            registrations(YEAR, v -> column(v.byYear(), ByYear::year, ByYear::registered)),
                            events("events", YEAR, EventFigures::eventsByYear)),
                    serviceHours(YEAR, VolunteerFigures::byYear, ByYear::year, ByYear::verifiedHours, ByYear::hours),
                    completedEvents(YEAR, EventFigures::completedByYear),
                    List.of(new Series(
                            "organizationsJoined",
                            YEAR,
                            Source.ORGANIZATIONS,
                            EVERY_FILTER,
                            as(OrganizationFigures.class, o -> Readers.keyCounts(o.joinedByYear())))),
                    List.of(
                            volunteers(
                                    VOLUNTEERS_DEPLOYED,
                                    MONTH,
                                    v -> column(v.byMonth(), ByMonth::month, ByMonth::deployed)),
                            registrations(MONTH, v -> column(v.byMonth(), ByMonth::month, ByMonth::registered)),
                            events("events", MONTH, EventFigures::eventsByMonth)),
                    serviceHours(
                            MONTH, VolunteerFigures::byMonth, ByMonth::month, ByMonth::verifiedHours, ByMonth::hours),
                    completedEvents(MONTH, EventFigures::completedByMonth),
                    List.of(
                            organizations(COUNTRY, OrganizationFigures::countriesReached),
                            volunteers(
                                    VOLUNTEERS_DEPLOYED,
                                    COUNTRY,
                                    v -> column(v.byCountry(), ByCountry::country, ByCountry::volunteers)),
                            volunteers(
                                    "deployments",
                                    COUNTRY,
                                    v -> column(v.byCountry(), ByCountry::country, ByCountry::deployments)),
                            events("events", COUNTRY, EventFigures::eventsByCountry)),
                    completedEvents(COUNTRY, EventFigures::completedByCountry),
                    List.of(partnerships(COUNTRY, PartnershipFigures::byCountry)),
                    List.of(
                            organizations(REGION, OrganizationFigures::regionsReached),
                            volunteers(
                                    VOLUNTEERS_DEPLOYED,
                                    REGION,
                                    v -> column(v.byRegion(), ByRegion::region, ByRegion::volunteers)),
                            volunteers(
                                    "deployments",
                                    REGION,
                                    v -> column(v.byRegion(), ByRegion::region, ByRegion::deployments)),
                            events("events", REGION, EventFigures::eventsByRegion)),
                    completedEvents(REGION, EventFigures::completedByRegion),
                    List.of(
                            volunteers(
                                    VOLUNTEERS_DEPLOYED,
                                    PROGRAMME,
                                    v -> column(v.byProgramme(), ByProgramme::programme, ByProgramme::volunteers)),
                            volunteers(
                                    "deployments",
                                    PROGRAMME,
                                    v -> column(v.byProgramme(), ByProgramme::programme, ByProgramme::deployments))),
                    opportunities(SDG, Opportunities::bySdg),
                    opportunities(COUNTRY, Opportunities::byCountry),
                    opportunities(REGION, Opportunities::byRegion),
                    opportunities(PROGRAMME, Opportunities::byProgramme))
            .flatMap(List::stream)
            .toList();

    /** Headline figure → where it is read. */
    static final Map<String, Derivation> HEADLINE = new LinkedHashMap<>();

    static {
        headline(
                ORGANIZATIONS_CONNECTED,
                Source.ORGANIZATIONS,
                as(OrganizationFigures.class, OrganizationFigures::connected));
        headline(
                COUNTRIES_AND_REGIONS,
                Source.ORGANIZATIONS,
                as(OrganizationFigures.class, o -> sizeOf(Readers.keyCounts(o.countriesReached()))));
        headline(VISITS_HOSTED, Source.EVENTS, as(EventFigures.class, EventFigures::delegationVisitsHosted));
        headline(DELEGATES_HOSTED, Source.EVENTS, as(EventFigures.class, EventFigures::delegatesHosted));
        headline(EXPERTS_SENT, Source.EVENTS, as(EventFigures.class, EventFigures::expertsSent));
        headline(VOLUNTEERS_ENGAGED, Source.VOLUNTEERS, as(VolunteerFigures.class, VolunteerFigures::engaged));
        headline(VOLUNTEERS_DEPLOYED, Source.VOLUNTEERS, as(VolunteerFigures.class, VolunteerFigures::deployed));
        headline(DEPLOYMENTS_BY_COUNTRY, Source.VOLUNTEERS, as(VolunteerFigures.class, CountryDeployments::list));
        headline(SERVICE_HOURS, Source.VOLUNTEERS, as(VolunteerFigures.class, VolunteerFigures::verifiedHours));
        headline(OPPORTUNITIES, Source.VOLUNTEERS, as(VolunteerFigures.class, OpportunityTotals::of));
    }

    private FigureCatalog() {}

    /** The service a figure is read from, headline or breakdown only. */
    static Source sourceOf(String figure) {
        Derivation headline = HEADLINE.get(figure);
        return headline != null
                ? headline.source()
                : SERIES.stream()
                        .filter(s -> s.figure().equals(figure))
                        .findFirst()
                        .orElseThrow()
                        .source();
    }

    /**
     * What a breakdown row shows for a figure the source gave no value for at that key: 0 of a count, no value (null)
     * of a ratio, as there is nothing to compute it over.
     */
    static Object absentValue(String figure) {
        return OpportunityTotals.isRatio(figure) ? null : 0L;
    }

    /** volunteer-service's opportunity tallies broken down one way: rows {@code {key, opportunities, …, fillRate}}. */
    private static List<Series> opportunities(Breakdown dimension, Function<Opportunities, List<Tally>> rows) {
        return OpportunityTotals.FIGURES.stream()
                .map(figure -> volunteers(figure.name(), dimension, v -> {
                    List<Tally> tallies = v.opportunities() == null ? null : rows.apply(v.opportunities());
                    return figure.ratio()
                            ? Readers.columnWithGaps(tallies, Tally::key, figure.tally())
                            : Readers.column(tallies, Tally::key, figure.tally());
                }))
                .toList();
    }

    /** Verified and all logged hours in one of volunteer-service's breakdowns. */
    private static <R> List<Series> serviceHours(
            Breakdown dimension,
            Function<VolunteerFigures, List<R>> rows,
            Function<R, ?> key,
            Function<R, ?> verified,
            Function<R, ?> logged) {
        return List.of(
                volunteers(SERVICE_HOURS, dimension, v -> column(rows.apply(v), key, verified)),
                volunteers("serviceHoursLogged", dimension, v -> column(rows.apply(v), key, logged)));
    }

    /** A registration has no SDG, country or region: volunteer-service narrows registrations by the period only. */
    private static Series registrations(Breakdown dimension, Function<VolunteerFigures, Map<String, Object>> read) {
        return new Series(
                "volunteersRegistered",
                dimension,
                Source.VOLUNTEERS,
                EnumSet.of(FilterKind.PERIOD),
                as(VolunteerFigures.class, read));
    }

    private static Series volunteers(
            String figure, Breakdown dimension, Function<VolunteerFigures, Map<String, Object>> read) {
        return new Series(figure, dimension, Source.VOLUNTEERS, EVERY_FILTER, as(VolunteerFigures.class, read));
    }

    private static Series organizations(Breakdown dimension, Function<OrganizationFigures, List<KeyCount>> rows) {
        return new Series(
                ORGANIZATIONS_CONNECTED,
                dimension,
                Source.ORGANIZATIONS,
                EVERY_FILTER,
                as(OrganizationFigures.class, o -> Readers.keyCounts(rows.apply(o))));
    }

    private static Series partnerships(Breakdown dimension, Function<PartnershipFigures, List<KeyCount>> rows) {
        return new Series(
                "partnerships",
                dimension,
                Source.PARTNERSHIPS,
                EVERY_FILTER,
                as(PartnershipFigures.class, p -> Readers.keyCounts(rows.apply(p))));
    }

    /** A count map of events-service, e.g. {@code eventsBySdg: {"4": 12}}. */
    private static Series events(String figure, Breakdown dimension, Function<EventFigures, Map<String, Long>> counts) {
        return new Series(
                figure,
                dimension,
                Source.EVENTS,
                EVERY_FILTER,
                as(EventFigures.class, e -> Readers.counts(counts.apply(e))));
    }

    /** events-service's completed-event figures broken down one way: rows {@code {key, delegationVisitsHosted, …}}. */
    private static List<Series> completedEvents(Breakdown dimension, Function<EventFigures, List<Completed>> rows) {
        return List.of(
                completed(VISITS_HOSTED, dimension, rows, Completed::delegationVisitsHosted),
                completed(DELEGATES_HOSTED, dimension, rows, Completed::delegatesHosted),
                completed(EXPERTS_SENT, dimension, rows, Completed::expertsSent));
    }

    private static Series completed(
            String figure,
            Breakdown dimension,
            Function<EventFigures, List<Completed>> rows,
            Function<Completed, Long> value) {
        return new Series(
                figure,
                dimension,
                Source.EVENTS,
                EVERY_FILTER,
                as(EventFigures.class, e -> Readers.column(rows.apply(e), Completed::key, value)));
    }

    private static <R> Map<String, Object> column(List<R> rows, Function<R, ?> key, Function<R, ?> value) {
        return Readers.column(rows, key, value);
    }

    /** A reading of one source's figures, applied to what that source answered (of its {@link Source#figures}). */
    private static <T, R> Function<Object, R> as(Class<T> type, Function<T, R> read) {
        return figures -> read.apply(type.cast(figures));
    }

    private static void headline(String figure, Source source, Function<Object, Object> read) {
        HEADLINE.put(figure, new Derivation(source, read));
    }

    private static Long sizeOf(Map<String, Object> values) {
        return values == null ? null : (long) values.size();
    }
}
