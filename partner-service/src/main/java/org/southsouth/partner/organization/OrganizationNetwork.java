package org.southsouth.partner.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.partner.partnership.PartnershipKind;
import org.southsouth.partner.partnership.PartnershipStatus;

/** Who an organization is connected to, through which partnerships, since when. */
@Schema(name = "OrganizationNetwork")
public record OrganizationNetwork(
        UUID organizationId,

        @Schema(
                description =
                        "True when the organization is an ACTIVE hub, or ACTIVE with a partnership in force with an ACTIVE hub")
        boolean connected,

        List<Connection> connections) {

    @Schema(name = "NetworkConnection", description = "Another organization this one shares signed partnerships with")
    public record Connection(
            UUID organizationId,

            @Schema(example = "Beijing Volunteer Service Federation")
            String name,

            @Schema(nullable = true, example = "BVF") String acronym,
            @Schema(example = "CN") String country,
            boolean hub,

            @Schema(
                    description = "Earliest date the two were bound: signing, else start of the first partnership",
                    example = "2016-09-12")
            LocalDate since,

            @Schema(description = "At least one of the partnerships is in force (ACTIVE or RENEWED)")
            boolean inForce,

            List<Link> through) {}

    @Schema(name = "NetworkLink", description = "A partnership both organizations are party to")
    public record Link(
            UUID partnershipId,

            @Schema(example = "Beijing–Kathmandu volunteer exchange 2024")
            String title,

            PartnershipKind kind,
            PartnershipStatus status,

            @Schema(description = "The other organization's roles in it", example = "[\"FUNDING\"]")
            List<String> roles,

            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate endsOn,
            @Schema(nullable = true) LocalDate signedOn) {}
}
