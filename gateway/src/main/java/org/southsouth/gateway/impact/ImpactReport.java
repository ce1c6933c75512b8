package org.southsouth.gateway.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The network's impact figures, composed from the services' statistics; a missing figure is null and listed. */
@Schema(
        name = "ImpactReport",
        description = "The network's figures computed from the records at request time. Every "
                + "service applies every filter (period `from`/`to`, `sdg`, `country`, `region`; they combine with AND) to its "
                + "own records, as each figure says. A figure is null when it cannot be given for this request (its service is "
                + "down or refused the caller, or answered without that statistic); `missing` then says which and why. A figure "
                + "that is given obeys every filter in `filters`: the gateway never answers a filtered request with an "
                + "unfiltered number.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"generatedAt", "filters", "complete"})
public record ImpactReport(
        @Schema(description = "When the figures were composed")
        Instant generatedAt,

        ImpactFilters filters,

        @Schema(description = "True when every headline figure is given (breakdowns may still list missing figures)")
        boolean complete,

        @Schema(
                nullable = true,
                example = "83",
                description = "Organizations connected to the network's hubs over the period "
                        + "(partner-service), as the network reports them (\"connected with 83 organizations\"): ACTIVE, joined the "
                        + "network on or before the period's last day, and party to a partnership in force (ACTIVE or RENEWED) with "
                        + "another organization that is an ACTIVE hub, whose term (startsOn, else the signing, activation or creation "
                        + "date, to endsOn, open-ended without) overlaps the period. A hub is not connected to itself: a hub with 3 "
                        + "partners in 2 countries gives 3 here and 2 in countriesAndRegions; a hub in force with another hub counts. "
                        + "Not counted: prospects, inactive organizations, organizations only in draft, signed-but-not-active or closed "
                        + "partnerships. Statuses are the current ones (partner-service keeps no status history). Filters: period "
                        + "as above (without `to`: up to today); sdg, country and region by the organization's own SDG focus, "
                        + "country and UNDP region (its hub partner need not match).")
        Long organizationsConnected,

        @Schema(
                nullable = true,
                example = "52",
                description = "Distinct countries and regions (ISO 3166-1 alpha-2 codes, so "
                        + "territories such as Hong Kong SAR count on their own, as in the network's reports) the connected "
                        + "organizations are in; a hub's own country only when a connected organization is there. Filters: as for organizationsConnected, so `country` gives 1 or 0 and "
                        + "`region` counts the countries of that region reached.")
        Long countriesAndRegions,

        @Schema(
                nullable = true,
                example = "20",
                description = "Delegation visits (events of kind DELEGATION_VISIT) that are "
                        + "COMPLETED (events-service). Not counted: draft, open, closed-but-not-completed and cancelled visits. "
                        + "Filters select the visits: period by the day they start (UTC); sdg among the event's SDGs; country of "
                        + "the venue; region of the venue's country (online events without a country drop out under country and "
                        + "region).")
        Long visitsHosted,

        @Schema(
                nullable = true,
                example = "420",
                description = "Participations with role DELEGATE and status ATTENDED in "
                        + "COMPLETED delegation visits (events-service). A delegate on two visits counts twice (delegates hosted per "
                        + "visit). Not counted: registered, waitlisted, no-show or cancelled participants; participants of visits "
                        + "not completed. Filters select the visits as for visitsHosted.")
        Long delegatesHosted,

        @Schema(
                nullable = true,
                example = "33",
                description =
                        "Experts sent (events-service): participations with role "
                                + "EXPERT and status ATTENDED in COMPLETED expert missions, plus attended experts at other COMPLETED events "
                                + "whose organization is in another country than the venue (as events-service's organization replica "
                                + "knows it now). An expert on two missions counts twice. Not counted: experts at online events, experts "
                                + "whose organization is unknown or has no country, participants not ATTENDED, events not completed. "
                                + "Filters select the events as for visitsHosted (country: where the mission or event took place).")
        Long expertsSent,

        @Schema(
                nullable = true,
                example = "3000",
                description = "Distinct volunteers (volunteer-service) who attended an "
                        + "event (participation ATTENDED), served a deployment (ACTIVE, EXTENDED, COMPLETED or ENDED_EARLY) or "
                        + "have verified service hours; a volunteer who did all three counts once. Erased volunteers still count "
                        + "(erasure removes the person, not the fact). Not counted: volunteers only registered, only planned or "
                        + "cancelled deployments, unverified hours, no-shows. Filters narrow each of the three: period: the day "
                        + "the attendance was recorded (UTC), the days the deployment was served (plannedStart to endedOn, else "
                        + "plannedEnd) overlapping it, the day the hours were served; sdg: deployments and hours tagged with the "
                        + "goal, and no attendances at all (volunteer-service knows no SDG of events); country and region: "
                        + "deployments in that country or UNDP region, hours logged on such a deployment, attendances at events "
                        + "held there.")
        Long volunteersEngaged,

        @Schema(
                nullable = true,
                example = "16",
                description = "Distinct volunteers who served at least one deployment "
                        + "(ACTIVE, EXTENDED, COMPLETED or ENDED_EARLY; volunteer-service). Not counted: PLANNED and CANCELLED "
                        + "deployments. Filters select the deployments: period: the days served (plannedStart to endedOn, else "
                        + "plannedEnd) overlap it; sdg: tagged with the goal; country and region: the deployment country, its "
                        + "UNDP region.")
        Long volunteersDeployed,

        @Schema(
                nullable = true,
                description = "The deployments counted in volunteersDeployed, per deployment country, with "
                        + "the distinct volunteers deployed there (a volunteer deployed to two countries counts in both). Filters "
                        + "as for volunteersDeployed.")
        List<CountryDeployments> deploymentsByCountry,

        @Schema(
                nullable = true,
                example = "4800.5",
                description = "Verified service hours (a coordinator verified them; "
                        + "volunteer-service). Not counted: hours not yet verified. Filters: period by the day served; sdg: entries "
                        + "tagged with the goal (an entry tagged with several goals counts fully under each); country and region: "
                        + "entries logged on a deployment in that country or UNDP region, so hours not logged on a deployment "
                        + "drop out. Network-wide for every caller, like every other figure.")
        BigDecimal serviceHours,

        @Schema(
                nullable = true,
                description = "Volunteer opportunities hosts published (volunteer-service), as "
                        + "OpportunityTotals defines them: published, open now, positions, open positions, positions filled, "
                        + "applications, fill rate = positions filled / positions of the opportunities published (cancelled "
                        + "ones included) and the median days from publishing (first OPEN step) to FILLED over the "
                        + "opportunities that became FILLED. Filters: period by the UTC day an opportunity was published; "
                        + "sdg among its SDGs; country and region where the assignment is. In breakdowns and CSV each is a "
                        + "figure of its own: " + ImpactReport.OPPORTUNITY_FIGURES + ".")
        OpportunityTotals opportunities,

        @Schema(description = "Figures not given, and why; empty when everything asked for is there")
        List<MissingFigure> missing,

        @Schema(
                nullable = true,
                description = "Only with `breakdown=`: per dimension one row per key, `key` first, then "
                        + "every figure the services break down that way, under the same filters (a filter on the dimension itself "
                        + "keeps only its key). " + ImpactReport.BREAKDOWN_FIGURES
                        + " Headline figures count as defined above. "
                        + "Keys: organizationsConnected by the organization's own country and UNDP region; volunteersDeployed and "
                        + "deployments (the deployments counted in volunteersDeployed) by the deployment's SDGs, country and UNDP "
                        + "region, volunteersDeployed also by the year and month the deployment started (under a period, one begun "
                        + "before it shows under its start); serviceHours and serviceHoursLogged (all logged hours, verified or "
                        + "not) by the entry's SDGs and the year or month served; visitsHosted, delegatesHosted and expertsSent by "
                        + "the completed event's SDGs, venue country and its UNDP region (online events without a country left "
                        + "out) and the year and month it started in the venue's time zone; partnerships (in any status, term "
                        + "overlapping the period, narrowed by the goals they target and the countries and regions they work in) by "
                        + "goal and country; events (OPEN, CLOSED or COMPLETED, selected as for visitsHosted) by SDG, venue country "
                        + "and region, and start year and month in the venue's time zone; goodPractices (PUBLISHED or ARCHIVED; "
                        + "period by their year, country and region their own) by SDG; volunteersRegistered by UTC registration "
                        + "year and month (a registration has no SDG, country or region: under those filters it is missing with "
                        + "FILTER_NOT_SUPPORTED); organizationsJoined (in any status, joinedNetworkOn in the period; sdg, country "
                        + "and region their own) by the year joined; volunteersDeployed and deployments also by programme; "
                        + "the opportunity figures (as `opportunities` defines them) by the opportunity's SDGs, country, UNDP "
                        + "region and programme. A record with several keys counts under each; countries UNDP does not group "
                        + "are in no region row. A figure with no value for a key is 0 there, except opportunityFillRate and "
                        + "opportunityMedianDaysToFill, which are null where there is nothing to compute them over; a figure "
                        + "not available for a dimension is listed in `missing`.",
                example = "{\"sdg\": [{\"key\": \"4\", \"volunteersDeployed\": 3, \"serviceHours\": 120.5}]}")
        Map<String, List<Map<String, Object>>> breakdowns) {

    /** The opportunity figures' names in breakdowns and CSV, as {@link OpportunityTotals#FIGURES} has them (tested). */
    static final String OPPORTUNITY_FIGURES = "opportunitiesPublished, opportunitiesOpen, opportunityPositions, "
            + "opportunityPositionsOpen, opportunityPositionsFilled, opportunityApplications, opportunityFillRate, "
            + "opportunityMedianDaysToFill";

    /** What each breakdown carries; kept equal to {@link FigureCatalog#SERIES} by a test. */
    static final String BREAKDOWN_FIGURES =
            "sdg: volunteersDeployed, deployments, partnerships, events, goodPractices, "
                    + "serviceHours, serviceHoursLogged, visitsHosted, delegatesHosted, expertsSent, "
                    + ImpactReport.OPPORTUNITY_FIGURES + ". year: volunteersDeployed, "
                    + "volunteersRegistered, organizationsJoined, events, serviceHours, serviceHoursLogged, visitsHosted, "
                    + "delegatesHosted, expertsSent. month (YYYY-MM): volunteersDeployed, volunteersRegistered, events, serviceHours, "
                    + "serviceHoursLogged, visitsHosted, delegatesHosted, expertsSent. country: organizationsConnected, "
                    + "volunteersDeployed, deployments, partnerships, events, visitsHosted, delegatesHosted, expertsSent, "
                    + ImpactReport.OPPORTUNITY_FIGURES + ". region (UNDP): organizationsConnected, volunteersDeployed, "
                    + "deployments, "
                    + "events, visitsHosted, delegatesHosted, expertsSent, " + ImpactReport.OPPORTUNITY_FIGURES
                    + ". programme: volunteersDeployed, deployments, " + ImpactReport.OPPORTUNITY_FIGURES + ".";
}
