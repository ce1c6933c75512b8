package org.southsouth.gateway.impact;

import static org.southsouth.gateway.impact.Breakdown.COUNTRY;
import static org.southsouth.gateway.impact.Breakdown.MONTH;
import static org.southsouth.gateway.impact.Breakdown.REGION;
import static org.southsouth.gateway.impact.Breakdown.SDG;
import static org.southsouth.gateway.impact.Breakdown.YEAR;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

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

    static final List<Series> SERIES = List.of(
            new Series(VOLUNTEERS_DEPLOYED, SDG, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "bySdg", "sdg", "volunteers")),
            new Series("deployments", SDG, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "bySdg", "sdg", "deployments")),
            new Series(SERVICE_HOURS, SDG, Source.HOURS_BY_SDG, Source.HOURS_BY_SDG.applies, d -> Readers.column(d, null, "key", "verifiedHours")),
            new Series("serviceHoursLogged", SDG, Source.HOURS_BY_SDG, Source.HOURS_BY_SDG.applies, d -> Readers.column(d, null, "key", "hours")),
            new Series("partnerships", SDG, Source.PARTNERSHIPS, Source.PARTNERSHIPS.applies, d -> Readers.keyCounts(d, "bySdg")),
            new Series("events", SDG, Source.EVENTS, Source.EVENTS.applies, d -> Readers.countMap(d, "eventsBySdg")),
            new Series("goodPractices", SDG, Source.EVENTS, Source.EVENTS.applies, d -> Readers.countMap(d, "goodPracticesBySdg")),

            new Series(VOLUNTEERS_DEPLOYED, YEAR, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "byYear", "year", "deployed")),
            // a registration has no SDG, country or region: volunteer-service narrows registrations by period only
            new Series("volunteersRegistered", YEAR, Source.VOLUNTEERS, EnumSet.of(FilterKind.PERIOD),
                    d -> Readers.column(d, "byYear", "year", "registered")),
            new Series(SERVICE_HOURS, YEAR, Source.HOURS_BY_YEAR, Source.HOURS_BY_YEAR.applies, d -> Readers.column(d, null, "key", "verifiedHours")),
            new Series("serviceHoursLogged", YEAR, Source.HOURS_BY_YEAR, Source.HOURS_BY_YEAR.applies, d -> Readers.column(d, null, "key", "hours")),
            new Series("organizationsJoined", YEAR, Source.ORGANIZATIONS, Source.ORGANIZATIONS.applies, d -> Readers.keyCounts(d, "joinedByYear")),
            new Series("events", YEAR, Source.EVENTS, Source.EVENTS.applies, d -> Readers.countMap(d, "eventsByYear")),

            new Series(SERVICE_HOURS, MONTH, Source.HOURS_BY_MONTH, Source.HOURS_BY_MONTH.applies, d -> Readers.column(d, null, "key", "verifiedHours")),
            new Series("serviceHoursLogged", MONTH, Source.HOURS_BY_MONTH, Source.HOURS_BY_MONTH.applies, d -> Readers.column(d, null, "key", "hours")),

            new Series(ORGANIZATIONS_CONNECTED, COUNTRY, Source.ORGANIZATIONS, Source.ORGANIZATIONS.applies, d -> Readers.keyCounts(d, "countriesReached")),
            new Series(VOLUNTEERS_DEPLOYED, COUNTRY, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "byCountry", "country", "volunteers")),
            new Series("deployments", COUNTRY, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "byCountry", "country", "deployments")),
            new Series("partnerships", COUNTRY, Source.PARTNERSHIPS, Source.PARTNERSHIPS.applies, d -> Readers.keyCounts(d, "byCountry")),
            new Series("events", COUNTRY, Source.EVENTS, Source.EVENTS.applies, d -> Readers.countMap(d, "eventsByCountry")),

            new Series(ORGANIZATIONS_CONNECTED, REGION, Source.ORGANIZATIONS, Source.ORGANIZATIONS.applies, d -> Readers.keyCounts(d, "regionsReached")),
            new Series(VOLUNTEERS_DEPLOYED, REGION, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "byRegion", "region", "volunteers")),
            new Series("deployments", REGION, Source.VOLUNTEERS, Source.VOLUNTEERS.applies,
                    d -> Readers.column(d, "byRegion", "region", "deployments")));

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
        headline(SERVICE_HOURS, Source.HOURS_BY_YEAR, d -> Readers.sum(d, "verifiedHours"));
    }

    private FigureCatalog() {
    }

    private static void headline(String figure, Source source, Function<JsonNode, Object> read) {
        HEADLINE.put(figure, new Derivation(source, read));
    }

    private static Long sizeOf(Map<String, Object> values) {
        return values == null ? null : (long) values.size();
    }
}
