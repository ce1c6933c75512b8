package org.southsouth.partner.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationStatistics", description = "Figures computed from the records at request time")
public record OrganizationStatistics(
        @Schema(description = "First day of the period (inclusive)", example = "2016-01-01")
        LocalDate from,

        @Schema(description = "Last day of the period (inclusive)", example = "2024-12-31")
        LocalDate to,

        @Schema(
                description =
                        "Organizations connected to a hub over the period, the hubs themselves not counted unless in "
                                + "force with another hub (see the operation's description)",
                example = "83")
        long connected,

        @Schema(description = "ACTIVE hubs that had joined by the end of the period", example = "1")
        long activeHubs,

        @Schema(description = "Connected organizations by IATI OrganisationType code")
        List<Count> connectedByType,

        @Schema(description = "ACTIVE organizations that had joined by the end of the period, by type")
        List<Count> activeByType,

        @Schema(
                description = "Countries of connected organizations, by ISO code (a hub's own only when a connected "
                        + "organization is there)")
        List<Count> countriesReached,

        @Schema(description = "UNDP regions of connected organizations (countries UNDP does not group are left out)")
        List<Count> regionsReached,

        @Schema(description = "UN M49 sub-regions of connected organizations")
        List<Count> subregionsReached,

        @Schema(description = "Organizations that joined the network within the period, by year")
        List<Count> joinedByYear) {}
