package org.southsouth.partner.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.southsouth.partner.rest.validation.CodeList;
import org.southsouth.partner.rest.validation.Coded;

/** What a client sets on a partnership: the body of a creation and the document a merge patch applies to. */
@Schema(
        name = "PartnershipFields",
        description = "The fields a client sets on a partnership. In a PATCH "
                + "(application/merge-patch+json) send only what changes; arrays are replaced as a whole.")
public record PartnershipFields(
        @NotBlank
        @Size(max = 300)
        @Schema(example = "Beijing–Kathmandu volunteer exchange 2024", required = true, maxLength = 300)
        String title,

        @Size(max = 4000) @Schema(maxLength = 4000, example = "Two-way exchange of youth volunteers for six months")
        String description,

        @NotNull @Schema(required = true, example = "EXCHANGE_PROGRAMME")
        PartnershipKind kind,

        @NotNull
        @Size(min = 2, max = 50, message = "must name at least 2 and at most 50 parties")
        @Valid
        @Schema(
                required = true,
                description = "Two or more organizations of the network, each in an IATI participating-org role")
        List<@NotNull Party> parties,

        @Size(max = 169) @Schema(description = "SDG targets, goal.target", example = "[\"4.7\", \"17.9\"]")
        List<@NotNull @Coded(CodeList.SDG_TARGET) String> sdgTargets,

        @Size(max = 249)
        @Schema(
                description = "ISO 3166-1 alpha-2 codes of the countries the agreement works in",
                example = "[\"CN\", \"NP\"]")
        List<@NotNull @Coded(CodeList.ISO_COUNTRY) String> countries,

        @Schema(example = "2024-03-01") LocalDate startsOn,

        @Schema(description = "After startsOn", example = "2025-02-28")
        LocalDate endsOn,

        @Size(max = 50) @Valid @Schema(description = "Links to the agreement's documents")
        List<@NotNull Document> documents) {

    @Schema(name = "PartnershipParty")
    public record Party(
            @NotNull @Schema(required = true, example = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60")
            UUID organizationId,

            @NotNull @Schema(required = true, description = "IATI participating-org role", example = "IMPLEMENTING")
            PartyRole role) {}

    @Schema(name = "PartnershipDocument")
    public record Document(
            @NotBlank @Size(max = 300) @Schema(example = "Signed memorandum of understanding", required = true)
            String title,

            @NotBlank
            @Size(max = 2000)
            @URL(regexp = "^https?://.*", message = "must be an http or https URL")
            @Schema(example = "https://docs.example.org/mou-2024.pdf", required = true)
            String url) {}

    public static PartnershipFields of(Partnership p) {
        return new PartnershipFields(
                p.title,
                p.description,
                p.kind,
                p.parties.stream()
                        .map(party -> new Party(party.organizationId, party.role))
                        .toList(),
                List.copyOf(p.sdgTargets),
                List.copyOf(p.countries),
                p.startsOn,
                p.endsOn,
                p.documents.stream().map(d -> new Document(d.title(), d.url())).toList());
    }

    List<PartnershipParty> partyList() {
        return parties.stream()
                .map(p -> new PartnershipParty(p.organizationId(), p.role()))
                .distinct()
                .toList();
    }

    List<String> targetList() {
        return sdgTargets == null ? List.of() : sdgTargets.stream().distinct().toList();
    }

    List<String> countryList() {
        return countries == null ? List.of() : countries.stream().distinct().toList();
    }

    List<PartnershipDocument> documentList() {
        return documents == null
                ? List.of()
                : documents.stream()
                        .map(d -> new PartnershipDocument(d.title(), d.url()))
                        .toList();
    }
}
