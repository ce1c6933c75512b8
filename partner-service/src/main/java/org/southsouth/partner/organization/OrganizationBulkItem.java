package org.southsouth.partner.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of an organizations batch; items are read as OrganizationFields. */
@Schema(
        name = "OrganizationBulkItem",
        description = "An organization to register (network staff), or to update with "
                + "the fields given (a JSON Merge Patch of its OrganizationFields: a member given replaces, null removes, "
                + "lists are replaced whole). A new organization needs what OrganizationFields requires.")
public record OrganizationBulkItem(
        @Schema(
                description =
                        "Your own id for the organization, 1 to 200 characters: a batch sent again updates the "
                                + "organization it created, and contact and partnership batches may name it. At most once per batch",
                example = "crm-org-0042")
        String externalId,

        @Schema(description = "The organization to update, when the item has no externalId that names one")
        UUID id,

        @Schema(example = "Nepal Youth Volunteers") String name,
        Map<String, String> nameTranslations,
        @Schema(example = "NYV") String acronym,

        @Schema(description = "IATI OrganisationType code", example = "22")
        String type,

        @Schema(description = "ISO 3166-1 alpha-2", example = "NP")
        String country,

        @Schema(example = "[4, 17]") List<Integer> sdgs,
        @Schema(example = "https://nyv.example.org") String website,
        Boolean hub,
        LocalDate joinedNetworkOn,
        OrganizationStatus status) {

    /** The body of an organizations batch. */
    @Schema(name = "OrganizationBatch", description = "Up to 500 organizations")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<OrganizationBulkItem> items) {}
}
