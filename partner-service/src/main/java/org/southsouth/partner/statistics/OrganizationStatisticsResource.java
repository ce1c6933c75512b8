package org.southsouth.partner.statistics;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Impact figures computed from the records, never typed in")
public class OrganizationStatisticsResource {

    @Inject
    StatisticsStore statistics;

    @GET
    @Operation(
            operationId = "getOrganizationStatistics",
            summary = "Organization figures for a period",
            description = "An organization is **connected** over "
                    + "the period when it is ACTIVE, joined the network on or before `to`, and is party to a partnership in "
                    + "force (ACTIVE or RENEWED) with another organization that is an ACTIVE hub, whose term overlaps the "
                    + "period: a hub is not connected to itself (a hub with 3 partners in 2 countries connects 3 organizations "
                    + "in 2 countries), a hub in force with another hub is connected. A term runs from startsOn (else the "
                    + "signing, activation or creation date) to endsOn (open-ended without). Statuses are the current ones. "
                    + "Countries and regions reached are those of connected organizations (a hub's own country only when a "
                    + "connected organization is there); activeHubs counts the hubs beside them; joinedByYear counts organizations whose joinedNetworkOn falls in "
                    + "the period. `from` defaults to 1900-01-01, `to` to today. `sdg`, `country` and `region` narrow every "
                    + "figure to organizations whose SDG focus includes the goal, in that country, in that UNDP region "
                    + "(their hub partners need not match).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = OrganizationStatistics.class)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is malformed (named in the field errors), or `to` is before `from`")
    public OrganizationStatistics get(@BeanParam StatisticsFilters filters) {
        return statistics.organizations(filters.read());
    }
}
