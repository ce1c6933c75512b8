package org.southsouth.volunteer.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.volunteer.deployment.Programme;
import org.southsouth.volunteer.volunteer.LanguageEntry;
import org.southsouth.volunteer.volunteer.SpokenLanguage;

@Schema(name = "Opportunity", description = "An assignment a host organization asks volunteers for")
public record OpportunityView(
        UUID id,
        @Schema(example = "Community health volunteer") String title,
        @Schema(example = "{\"zh\": \"社区卫生志愿者\"}") Map<String, String> titleTranslations,
        String description,
        Map<String, String> descriptionTranslations,
        UUID hostOrganizationId,
        @Schema(nullable = true) UUID sendingOrganizationId,
        Programme programme,
        @Schema(example = "NP") String country,
        @Schema(nullable = true, example = "Kathmandu") String city,
        boolean remote,
        @Schema(example = "2027-03-01") LocalDate startFrom,
        @Schema(example = "2027-04-30") LocalDate startTo,
        @Schema(example = "6") int durationMonthsMin,
        @Schema(example = "12") int durationMonthsMax,
        @Schema(example = "2") int positions,

        @Schema(description = "Positions taken by accepted offers", example = "1")
        int positionsFilled,

        @Schema(nullable = true) String hostProvides,
        @Schema(example = "2027-01-31") LocalDate applicationDeadline,
        List<SkillNeed> skills,
        List<LanguageEntry> languages,
        @Schema(example = "[3]") List<Integer> sdgs,
        OpportunityStatus status,

        @Schema(description = "Every status taken, oldest first")
        List<StatusStepView> statusHistory,

        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) Instant filledAt,
        Instant createdAt,
        Instant updatedAt) {

    public static OpportunityView of(Opportunity o) {
        return new OpportunityView(
                o.id,
                o.title,
                new TreeMap<>(o.titleTranslations),
                o.description,
                new TreeMap<>(o.descriptionTranslations),
                o.hostOrganizationId,
                o.sendingOrganizationId,
                o.programme,
                o.country,
                o.city,
                o.remote,
                o.startFrom,
                o.startTo,
                o.durationMonthsMin,
                o.durationMonthsMax,
                o.positions,
                o.positionsFilled,
                o.hostProvides,
                o.applicationDeadline,
                o.skills.stream()
                        .sorted(Comparator.comparing(OpportunitySkill::code))
                        .map(s -> new SkillNeed(s.code(), s.level(), s.required()))
                        .toList(),
                o.languages.stream()
                        .sorted(Comparator.comparing(SpokenLanguage::code))
                        .map(l -> new LanguageEntry(l.code(), l.level()))
                        .toList(),
                o.sdgs.stream().sorted().toList(),
                o.status,
                o.statusHistory.stream().map(StatusStepView::of).toList(),
                o.publishedAt,
                o.filledAt,
                o.createdAt,
                o.updatedAt);
    }
}
