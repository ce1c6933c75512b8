package org.southsouth.volunteer.volunteer;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of one item of a volunteers batch; items are read as VolunteerProfile and NewConsent. */
@Schema(
        name = "VolunteerBulkItem",
        description = "A volunteer to create, or to update with the fields given (a JSON Merge Patch of its "
                + "VolunteerProfile: a member given replaces, null removes, lists are replaced whole). A new volunteer "
                + "needs what VolunteerProfile requires.")
public record VolunteerBulkItem(
        @Schema(
                description = "The caller's own id for the volunteer, 1 to 200 characters: a batch sent again updates "
                        + "the volunteer it created. At most once per batch",
                example = "crm-000123")
        String externalId,

        @Schema(description = "The volunteer to update, when the item has no externalId that names one")
        UUID id,

        @Schema(example = "Amina Njoroge") String name,
        @Schema(example = "amina@example.org") String email,
        @Schema(example = "+254 700 000000") String phone,

        @Schema(description = "ISO 3166-1 alpha-2", example = "KE")
        String nationality,

        @Schema(description = "ISO 3166-1 alpha-2", example = "KE")
        String residence,

        @Schema(description = "As in VolunteerProfile: a partner's own organization by default")
        UUID homeOrganizationId,

        String bio,
        VolunteerStatus status,
        List<LanguageEntry> languages,
        @Schema(example = "[\"community-health\"]") List<String> skills,
        List<AvailabilityEntry> availability,

        @Schema(
                description =
                        "Consents given now, each as the single consent call takes it; one already open under the "
                                + "same policy version is kept as it is")
        List<NewConsent> consents) {

    /** The body of a volunteers batch. */
    @Schema(name = "VolunteerBatch", description = "Up to 500 volunteers")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<VolunteerBulkItem> items) {}
}
