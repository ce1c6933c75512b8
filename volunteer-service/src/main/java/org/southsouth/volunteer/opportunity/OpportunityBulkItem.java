package org.southsouth.volunteer.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.volunteer.LanguageEntry;

/** The contract of one item of an opportunities batch; items are read as OpportunityFields. */
@Schema(
        name = "OpportunityBulkItem",
        description = "An opportunity to draft, or to change with the fields given (a JSON Merge Patch of its "
                + "OpportunityFields, only while DRAFT or OPEN as updateOpportunity), then to bring to status. A new "
                + "opportunity needs what OpportunityFields requires.")
public record OpportunityBulkItem(
        @Schema(
                description = "The caller's own id for the opportunity, 1 to 200 characters: a batch sent again "
                        + "updates the opportunity it created. At most once per batch",
                example = "crm-opp-0007")
        String externalId,

        @Schema(description = "The opportunity to update, when the item has no externalId that names one")
        UUID id,

        @Schema(example = "Community health volunteer") String title,
        Map<String, String> titleTranslations,
        String description,
        Map<String, String> descriptionTranslations,

        @Schema(description = "As in OpportunityFields: a partner's own organization by default")
        UUID hostOrganizationId,

        UUID sendingOrganizationId,
        Programme programme,

        @Schema(description = "ISO 3166-1 alpha-2", example = "NP")
        String country,

        String city,
        Boolean remote,
        LocalDate startFrom,
        LocalDate startTo,
        Integer durationMonthsMin,
        Integer durationMonthsMax,
        Integer positions,
        String hostProvides,
        LocalDate applicationDeadline,
        List<SkillNeed> skills,
        List<LanguageEntry> languages,
        @Schema(example = "[3]") List<Integer> sdgs,

        @Schema(
                description = "The status to bring the opportunity to through the moves changeOpportunityStatus "
                        + "makes (DRAFT, then OPEN, CLOSED, FILLED or CANCELLED); none leaves it as it is",
                example = "OPEN")
        OpportunityStatus status) {

    /** The body of an opportunities batch. */
    @Schema(name = "OpportunityBatch", description = "Up to 500 opportunities")
    public record Batch(
            @Schema(required = true, minItems = 1, maxItems = 500)
            List<OpportunityBulkItem> items) {}
}
