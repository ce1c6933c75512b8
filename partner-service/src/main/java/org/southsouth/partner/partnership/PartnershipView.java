package org.southsouth.partner.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partnership", description = "An agreement between two or more organizations of the network")
public record PartnershipView(
        UUID id,

        @Schema(example = "Beijing–Kathmandu volunteer exchange 2024")
        String title,

        @Schema(nullable = true) String description,
        PartnershipKind kind,
        PartnershipStatus status,
        List<PartnershipFields.Party> parties,
        @Schema(example = "[\"4.7\", \"17.9\"]") List<String> sdgTargets,

        @Schema(description = "Goals of the targets", example = "[4, 17]")
        List<Integer> sdgGoals,

        @Schema(example = "[\"CN\", \"NP\"]") List<String> countries,

        @Schema(description = "UNDP regions of the countries", example = "[\"ASIA_AND_THE_PACIFIC\"]")
        List<String> regions,

        @Schema(nullable = true, example = "2024-03-01") LocalDate startsOn,
        @Schema(nullable = true, example = "2025-02-28") LocalDate endsOn,

        @Schema(nullable = true, description = "Recorded when it became SIGNED")
        LocalDate signedOn,

        @Schema(nullable = true, description = "Recorded when it became ACTIVE")
        LocalDate activatedOn,

        @Schema(nullable = true, description = "Recorded at the latest renewal")
        LocalDate renewedOn,

        @Schema(nullable = true, description = "Recorded when it was CLOSED")
        LocalDate closedOn,

        List<PartnershipDocument> documents,

        @Schema(description = "Revision, also the ETag", example = "2")
        long revision,

        Instant createdAt,
        Instant updatedAt) {

    public static PartnershipView of(Partnership p) {
        return new PartnershipView(
                p.id,
                p.title,
                p.description,
                p.kind,
                p.status,
                p.parties.stream()
                        .map(party -> new PartnershipFields.Party(party.organizationId, party.role))
                        .toList(),
                List.copyOf(p.sdgTargets),
                List.copyOf(p.sdgGoals),
                List.copyOf(p.countries),
                List.copyOf(p.regions),
                p.startsOn,
                p.endsOn,
                p.signedOn,
                p.activatedOn,
                p.renewedOn,
                p.closedOn,
                List.copyOf(p.documents),
                p.revision(),
                p.createdAt,
                p.updatedAt);
    }
}
