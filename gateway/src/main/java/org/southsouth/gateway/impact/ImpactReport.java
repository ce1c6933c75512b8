package org.southsouth.gateway.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The network's impact figures, composed from the services' statistics; a missing figure is null and listed. */
@Schema(name = "ImpactReport", description = "The network's figures computed from the records at request time. A figure "
        + "is null when it cannot be given for this request (its service is down, cannot apply a requested filter, or "
        + "offers no such statistic yet); `missing` then says which and why. A figure that is given obeys every filter "
        + "in `filters`: the gateway never answers a filtered request with an unfiltered number.")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"generatedAt", "filters", "complete"})
public record ImpactReport(
        @Schema(description = "When the figures were composed") Instant generatedAt,
        ImpactFilters filters,
        @Schema(description = "True when every headline figure is given (breakdowns may still list missing figures)")
        boolean complete,

        @Schema(nullable = true, example = "83", description = "Organizations connected over the period (partner-service): "
                + "organizations that are ACTIVE, joined the network by the end of the period, and are either an ACTIVE hub "
                + "themselves or party to a partnership in force (ACTIVE or RENEWED) with an ACTIVE hub whose term overlaps "
                + "the period. Not counted: prospects, inactive organizations, organizations only in draft, signed-but-not-"
                + "active or closed partnerships. Statuses are the current ones (partner-service keeps no status history). "
                + "Filters: period; country and region (by the organization's own country / UNDP region). Not filterable "
                + "by SDG.")
        Long organizationsConnected,

        @Schema(nullable = true, example = "52", description = "Distinct countries and regions (ISO 3166-1 alpha-2 codes, so "
                + "territories such as Hong Kong SAR count on their own, as in the network's reports) of the connected "
                + "organizations. Filters: period; country (then 1 or 0). Not filterable by SDG or region.")
        Long countriesAndRegions,

        @Schema(nullable = true, example = "20", description = "Delegation visits (events of kind DELEGATION_VISIT) that are "
                + "COMPLETED (events-service). Not counted: draft, open, closed-but-not-completed and cancelled visits. "
                + "events-service cannot filter its statistics yet: null whenever any filter is given.")
        Long visitsHosted,

        @Schema(nullable = true, example = "420", description = "Participations with role DELEGATE and status ATTENDED in "
                + "completed delegation visits. A delegate on two visits counts twice (delegates hosted per visit). Not "
                + "counted: registered, waitlisted, no-show or cancelled participants; participants of cancelled or draft "
                + "visits. Null whenever any filter is given (events-service cannot filter).")
        Long delegatesHosted,

        @Schema(nullable = true, example = "33", description = "Participations with role EXPERT and status ATTENDED in "
                + "COMPLETED expert missions (events-service). An expert on two missions counts twice. Not counted yet: "
                + "experts sent to other events abroad (events-service has no notion of 'abroad' relative to the hub). "
                + "Null whenever any filter is given (events-service cannot filter).")
        Long expertsSent,

        @Schema(nullable = true, example = "3000", description = "Distinct volunteers (volunteer-service) who attended an "
                + "event (participation ATTENDED), served a deployment (ACTIVE, EXTENDED, COMPLETED or ENDED_EARLY) or "
                + "have verified service hours; a volunteer who did all three counts once. Erased volunteers still count "
                + "(erasure removes the person, not the fact). Not counted: volunteers only registered, only planned or "
                + "cancelled deployments, unverified hours, no-shows. volunteer-service cannot filter it yet: null "
                + "whenever any filter is given.")
        Long volunteersEngaged,

        @Schema(nullable = true, example = "16", description = "Distinct volunteers who served at least one deployment "
                + "that started (ACTIVE, EXTENDED, COMPLETED or ENDED_EARLY). Not counted: PLANNED and CANCELLED "
                + "deployments. Filters: country (host country) or SDG (deployment SDG), one at a time; not by period "
                + "or region.")
        Long volunteersDeployed,

        @Schema(nullable = true, description = "Deployments that started, per host country, with the distinct volunteers "
                + "deployed there (a volunteer deployed to two countries counts in both). Filter: country; not period, "
                + "SDG or region.")
        List<CountryDeployments> deploymentsByCountry,

        @Schema(nullable = true, example = "4800.5", description = "Verified service hours (a coordinator verified them), "
                + "by the day served. Not counted: hours not yet verified. Filters: period (day served); SDG (hours logged "
                + "for several SDGs count fully under each). Not by country or region.")
        BigDecimal serviceHours,

        @Schema(description = "Figures not given, and why; empty when everything asked for is there")
        List<MissingFigure> missing,

        @Schema(nullable = true, description = "Only with `breakdown=`: per dimension (sdg, year, month, country, region) "
                + "one row per key, `key` first, then every figure the services break down that way under the same filters. "
                + "Besides headline figures rows may carry deployments, partnerships, events, goodPractices, "
                + "volunteersRegistered, organizationsJoined and serviceHoursLogged (all logged hours, verified or not). "
                + "A figure with no value for a key is 0 there; a figure not available at all is listed in `missing`.",
                example = "{\"sdg\": [{\"key\": \"4\", \"volunteersDeployed\": 3, \"serviceHours\": 120.5}]}")
        Map<String, List<Map<String, Object>>> breakdowns) {
}
