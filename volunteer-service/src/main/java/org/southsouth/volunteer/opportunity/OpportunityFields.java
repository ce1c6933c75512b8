package org.southsouth.volunteer.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.Sdgs;
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.rest.validation.CountryCode;
import org.southsouth.volunteer.rest.validation.LanguageTag;
import org.southsouth.volunteer.volunteer.LanguageEntry;

/** What the host writes about an opportunity: the body of a new one, and the document a merge patch applies to. */
@Schema(name = "OpportunityFields", description = "An assignment a host organization asks volunteers for")
public record OpportunityFields(
        @NotBlank @Size(max = 200) @Schema(example = "Community health volunteer", required = true)
        String title,

        @Size(max = 20)
        @Schema(description = "The title in other languages, keyed by BCP 47 tag", example = "{\"zh\": \"社区卫生志愿者\"}")
        Map<@NotNull @LanguageTag @Size(max = 35) String, @NotBlank @Size(max = 200) String> titleTranslations,

        @NotBlank
        @Size(max = 10000)
        @Schema(example = "Support the district health office's outreach in Kathmandu", required = true)
        String description,

        @Size(max = 20) @Schema(description = "The description in other languages, keyed by BCP 47 tag")
        Map<@NotNull @LanguageTag @Size(max = 35) String, @NotBlank @Size(max = 10000) String> descriptionTranslations,

        @Schema(
                description =
                        "The host, ACTIVE in partner-service. Required, except from a partner, whose own organization it is "
                                + "by default and the only one it may give",
                required = true)
        UUID hostOrganizationId,

        @Schema(
                description =
                        "The sending organization, when the host asks one in particular; known from partner-service")
        UUID sendingOrganizationId,

        @NotNull @Schema(example = "NATIONAL_FOREIGN_AID", required = true)
        Programme programme,

        @NotNull
        @CountryCode
        @Schema(description = "ISO 3166-1 alpha-2 country of service", example = "NP", required = true)
        String country,

        @Size(max = 100) @Schema(example = "Kathmandu") String city,

        @Schema(description = "Served remotely (false, the default, means on site)")
        boolean remote,

        @NotNull @Schema(description = "Earliest planned start", example = "2027-03-01", required = true)
        LocalDate startFrom,

        @NotNull
        @Schema(description = "Latest planned start, on or after startFrom", example = "2027-04-30", required = true)
        LocalDate startTo,

        @NotNull @Min(1) @Max(24) @Schema(example = "6", required = true)
        Integer durationMonthsMin,

        @NotNull @Min(1) @Max(24) @Schema(description = "At least durationMonthsMin", example = "12", required = true)
        Integer durationMonthsMax,

        @NotNull @Min(1) @Max(100) @Schema(example = "2", required = true)
        Integer positions,

        @Size(max = 4000) @Schema(example = "Accommodation, health insurance, monthly living allowance")
        String hostProvides,

        @NotNull @Schema(description = "Last day to apply, not after startTo", example = "2027-01-31", required = true)
        LocalDate applicationDeadline,

        @Size(max = 30) List<@Valid @NotNull SkillNeed> skills,

        @Size(max = 20) @Schema(description = "Languages with the minimum level asked")
        List<@Valid @NotNull LanguageEntry> languages,

        @Size(max = Sdgs.GOALS) @Schema(description = "SDG goal numbers", example = "[3]")
        List<@NotNull @Min(1) @Max(Sdgs.GOALS) Integer> sdgs) {

    public OpportunityFields {
        titleTranslations = titleTranslations == null ? Map.of() : titleTranslations;
        descriptionTranslations = descriptionTranslations == null ? Map.of() : descriptionTranslations;
        skills = skills == null ? List.of() : skills;
        languages = languages == null ? List.of() : languages;
        sdgs = sdgs == null ? List.of() : sdgs;
    }

    public OpportunityFields withHost(UUID host) {
        return new OpportunityFields(
                title,
                titleTranslations,
                description,
                descriptionTranslations,
                host,
                sendingOrganizationId,
                programme,
                country,
                city,
                remote,
                startFrom,
                startTo,
                durationMonthsMin,
                durationMonthsMax,
                positions,
                hostProvides,
                applicationDeadline,
                skills,
                languages,
                sdgs);
    }
}
