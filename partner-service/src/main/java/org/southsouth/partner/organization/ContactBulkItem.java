package org.southsouth.partner.organization;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of a contacts batch; items are read as NewContact. */
@Schema(
        name = "ContactBulkItem",
        description =
                "A contact of an organization to add, or to update with the fields "
                        + "given (a JSON Merge Patch of its NewContact fields). The organization is named by organizationId or by "
                        + "organizationExternalId, and the caller must be network staff or that organization. A deleted contact is "
                        + "gone for good: its externalId names nothing afterwards, and an item sent with it again adds a new contact.")
public record ContactBulkItem(
        @Schema(
                description = "Your own id for the contact, 1 to 200 characters: a batch sent again updates the "
                        + "contact it added. At most once per batch",
                example = "crm-contact-0042-1")
        String externalId,

        @Schema(description = "The contact to update, when the item has no externalId that names one")
        UUID id,

        @Schema(description = "The contact's organization; or give organizationExternalId")
        UUID organizationId,

        @Schema(
                description = "Your own externalId of the organization (from an organizations batch)",
                example = "crm-org-0042")
        String organizationExternalId,

        @Schema(example = "Li Wei") String name,

        @Schema(example = "International cooperation officer")
        String role,

        @Schema(example = "li.wei@example.org") String email,
        @Schema(example = "+86 10 1234 5678") String phone,

        @Schema(description = "ISO 639-1 language", example = "zh")
        String preferredLanguage) {

    /** The body of a contacts batch. */
    @Schema(name = "ContactBatch", description = "Up to 500 contacts of any organizations")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<ContactBulkItem> items) {}
}
