package org.southsouth.partner.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of a partnerships batch; items are read as PartnershipFields. */
@Schema(
        name = "PartnershipBulkItem",
        description = "A partnership to record (as a DRAFT), or to update with the "
                + "fields given (a JSON Merge Patch of its PartnershipFields; arrays are replaced whole). A new partnership "
                + "needs what PartnershipFields requires. A party may name its organization by organizationExternalId.")
public record PartnershipBulkItem(
        @Schema(
                description = "Your own id for the partnership, 1 to 200 characters: a batch sent again updates "
                        + "the partnership it recorded. At most once per batch",
                example = "crm-agreement-2024-07")
        String externalId,

        @Schema(description = "The partnership to update, when the item has no externalId that names one")
        UUID id,

        @Schema(example = "Beijing–Kathmandu volunteer exchange 2024")
        String title,

        String description,
        PartnershipKind kind,
        List<Party> parties,
        @Schema(example = "[\"4.7\", \"17.9\"]") List<String> sdgTargets,
        @Schema(example = "[\"CN\", \"NP\"]") List<String> countries,
        LocalDate startsOn,
        LocalDate endsOn,
        List<PartnershipFields.Document> documents,

        @Schema(
                description = "The status to reach by the single status steps, in the item's transaction: DRAFT → "
                        + "SIGNED → ACTIVE, or CLOSED (RENEWED is a step of its own: changePartnershipStatus); absent: a new "
                        + "partnership stays a DRAFT, an existing one where it is",
                example = "ACTIVE")
        PartnershipStatus status,

        @Schema(description = "Date of the SIGNED step; today when absent", example = "2024-02-15")
        LocalDate signedOn,

        @Schema(description = "Date of the ACTIVE step; today when absent", example = "2024-03-01")
        LocalDate activatedOn,

        @Schema(description = "Date of the CLOSED step; today when absent")
        LocalDate closedOn) {

    @Schema(
            name = "PartnershipBulkParty",
            description = "A party by organizationId, or by your own organizationExternalId")
    public record Party(
            UUID organizationId,

            @Schema(
                    description = "Your own externalId of the organization (from an organizations batch)",
                    example = "crm-org-0042")
            String organizationExternalId,

            @Schema(required = true, example = "IMPLEMENTING")
            PartyRole role) {}

    /** The body of a partnerships batch. */
    @Schema(name = "PartnershipBatch", description = "Up to 500 partnerships")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<PartnershipBulkItem> items) {}
}
