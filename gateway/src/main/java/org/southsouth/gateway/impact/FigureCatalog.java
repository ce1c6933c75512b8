package org.southsouth.gateway.impact;

import static org.southsouth.gateway.impact.Breakdown.COUNTRY;
import static org.southsouth.gateway.impact.Breakdown.MONTH;
import static org.southsouth.gateway.impact.Breakdown.PROGRAMME;
import static org.southsouth.gateway.impact.Breakdown.REGION;
import static org.southsouth.gateway.impact.Breakdown.SDG;
import static org.southsouth.gateway.impact.Breakdown.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where every figure comes from: the source of each headline figure, and the breakdowns each source offers. The definitions in {@link ImpactReport} describe
 * what these numbers count; this class only says where they are read.
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
                            volunteers(VOLUNTEERS_DEPLOYED, SDG, "bySdg", "sdg", "volunteers"),
                            volunteers("deployments", SDG, "bySdg", "sdg", "deployments"),
                            new Series(
                                    "partnerships",
                                    SDG,
                                    Source.PARTNERSHIPS,
                                    EVERY_FILTER,
                                    d -> Readers.keyCounts(d, "bySdg")),
                            events("events", SDG, "eventsBySdg"),
                            events("goodPractices", SDG, "goodPracticesBySdg")),
                    serviceHours(SDG, "bySdg", "sdg"),
                    completedEvents(SDG, "completedBySdg"),
                    period(YEAR, "byYear", "year", "eventsByYear", "completedByYear"),
                    List.of(new Series(
                            "organizationsJoined",
                            YEAR,
                            Source.ORGANIZATIONS,
                            EVERY_FILTER,
                            d -> Readers.keyCounts(d, "joinedByYear"))),
                    period(MONTH, "byMonth", "month", "eventsByMonth", "completedByMonth"),
                    place(COUNTRY, "countriesReached", "byCountry", "country", "eventsByCountry", "completedByCountry"),
                    List.of(new Series(
                            "partnerships",
                            COUNTRY,
                            Source.PARTNERSHIPS,
                            EVERY_FILTER,
                            d -> Readers.keyCounts(d, "byCountry"))),
                    place(REGION, "regionsReached", "byRegion", "region", "eventsByRegion", "completedByRegion"),
                    List.of(
                            volunteers(VOLUNTEERS_DEPLOYED, PROGRAMME, "byProgramme", "programme", "volunteers"),
                            volunteers("deployments", PROGRAMME, "byProgramme", "programme", "deployments")),
                    opportunities(SDG, "bySdg"),
                    opportunities(COUNTRY, "byCountry"),
                    opportunities(REGION, "byRegion"),
                    opportunities(PROGRAMME, "byProgramme"))
            .flatMap(List::stream)
            .toList();

    /** Headline figure → where it is read. */
    static final Map<String, Derivation> HEADLINE = new LinkedHashMap<>();

    static {
        headline(ORGANIZATIONS_CONNECTED, Source.ORGANIZATIONS, d -> Readers.count(d, "connected"));
        headline(COUNTRIES_AND_REGIONS, Source.ORGANIZATIONS, d -> sizeOf(Readers.keyCounts(d, "countriesReached")));
        headline(VISITS_HOSTED, Source.EVENTS, d -> Readers.count(d, "delegationVisitsHosted"));
        headline(DELEGATES_HOSTED, Source.EVENTS, d -> Readers.count(d, "delegatesHosted"));
        headline(EXPERTS_SENT, Source.EVENTS, d -> Readers.count(d, "expertsSent"));
        headline(VOLUNTEERS_ENGAGED, Source.VOLUNTEERS, d -> Readers.count(d, "engaged"));
        headline(VOLUNTEERS_DEPLOYED, Source.VOLUNTEERS, d -> Readers.count(d, "deployed"));
        headline(DEPLOYMENTS_BY_COUNTRY, Source.VOLUNTEERS, CountryDeployments::list);
        headline(SERVICE_HOURS, Source.VOLUNTEERS, d -> Readers.decimal(d, "verifiedHours"));
        headline(OPPORTUNITIES, Source.VOLUNTEERS, OpportunityTotals::of);
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
    private static List<Series> opportunities(Breakdown dimension, String field) {
        return OpportunityTotals.FIGURES.stream()
                .map(figure -> new Series(
                        figure.name(),
                        dimension,
                        Source.VOLUNTEERS,
                        EVERY_FILTER,
                        figure.ratio()
                                ? d -> Readers.columnWithGaps(d.path(OPPORTUNITIES), field, "key", figure.field())
                                : d -> Readers.column(d.path(OPPORTUNITIES), field, "key", figure.field())))
                .toList();
    }

    /** What the services count per year or per month: deployments, registrations, hours, events and their figures. */
    private static List<Series> period(
            Breakdown dimension, String volunteerField, String keyField, String eventsField, String completedField) {
        return Stream.of(
                        List.of(
                                volunteers(VOLUNTEERS_DEPLOYED, dimension, volunteerField, keyField, "deployed"),
                                registrations(dimension, volunteerField, keyField),
                                events("events", dimension, eventsField)),
                        serviceHours(dimension, volunteerField, keyField),
                        completedEvents(dimension, completedField))
                .flatMap(List::stream)
                .toList();
    }

    /** What the services count per country or per UNDP region: organizations, deployments, events and their figures. */
    private static List<Series> place(
            Breakdown dimension,
            String organizationsField,
            String volunteerField,
            String keyField,
            String eventsField,
            String completedField) {
        return Stream.of(
                        List.of(
                                new Series(
                                        ORGANIZATIONS_CONNECTED,
                                        dimension,
                                        Source.ORGANIZATIONS,
                                        EVERY_FILTER,
                                        d -> Readers.keyCounts(d, organizationsField)),
                                volunteers(VOLUNTEERS_DEPLOYED, dimension, volunteerField, keyField, "volunteers"),
                                volunteers("deployments", dimension, volunteerField, keyField, "deployments"),
                                events("events", dimension, eventsField)),
                        completedEvents(dimension, completedField))
                .flatMap(List::stream)
                .toList();
    }

    /** A count map of events-service, e.g. {@code eventsBySdg: {"4": 12}}. */
    private static Series events(String figure, Breakdown dimension, String field) {
        return new Series(figure, dimension, Source.EVENTS, EVERY_FILTER, d -> Readers.countMap(d, field));
    }

    /** Verified and all logged hours in one of volunteer-service's breakdowns. */
    private static List<Series> serviceHours(Breakdown dimension, String field, String keyField) {
        return List.of(
                volunteers(SERVICE_HOURS, dimension, field, keyField, "verifiedHours"),
                volunteers("serviceHoursLogged", dimension, field, keyField, "hours"));
    }

    /** A registration has no SDG, country or region: volunteer-service narrows registrations by the period only. */
    private static Series registrations(Breakdown dimension, String field, String keyField) {
        return new Series(
                "volunteersRegistered",
                dimension,
                Source.VOLUNTEERS,
                EnumSet.of(FilterKind.PERIOD),
                d -> Readers.column(d, field, keyField, "registered"));
    }

    private static Series volunteers(String figure, Breakdown dimension, String field, String keyField, String column) {
        return new Series(
                figure, dimension, Source.VOLUNTEERS, EVERY_FILTER, d -> Readers.column(d, field, keyField, column));
    }

    /** events-service's completed-event figures broken down one way: rows {@code {key, delegationVisitsHosted, …}}. */
    private static List<Series> completedEvents(Breakdown dimension, String field) {
        return List.of(
                new Series(
                        VISITS_HOSTED,
                        dimension,
                        Source.EVENTS,
                        EVERY_FILTER,
                        d -> Readers.column(d, field, "key", "delegationVisitsHosted")),
                new Series(
                        DELEGATES_HOSTED,
                        dimension,
                        Source.EVENTS,
                        EVERY_FILTER,
                        d -> Readers.column(d, field, "key", "delegatesHosted")),
                new Series(
                        EXPERTS_SENT,
                        dimension,
                        Source.EVENTS,
                        EVERY_FILTER,
                        d -> Readers.column(d, field, "key", "expertsSent")));
    }

    private static void headline(String figure, Source source, Function<JsonNode, Object> read) {
        HEADLINE.put(figure, new Derivation(source, read));
    }

    private static Long sizeOf(Map<String, Object> values) {
        return values == null ? null : (long) values.size();
    }
}
