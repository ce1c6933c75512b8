package org.southsouth.events.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.Sdgs;

/** What authors write in a knowledge product: the body of a create, the document a merge patch applies to. */
@Schema(
        name = "KnowledgeProductFields",
        description = "The fields of the network's good-practice records; research, "
                + "manuals and guidance use the same fields")
public record KnowledgeFields(
        @NotNull @Schema(required = true, example = "GOOD_PRACTICE")
        KnowledgeKind kind,

        @NotBlank @Size(max = 300) @Schema(required = true, example = "社区志愿服务积分制度")
        String title,

        @Size(max = 100) @Schema(example = "Community volunteering")
        String type,

        @Schema(example = "NATIONAL") Scope scope,
        @Size(max = 20) List<@NotNull UUID> leadOrganizationIds,
        @Min(1950) @Max(2100) @Schema(example = "2019") Integer year,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") @Schema(example = "CN")
        String country,

        @Schema(example = "ASIA_PACIFIC") Region region,
        @Size(max = Sdgs.GOALS) @Schema(example = "[3, 11]") List<@NotNull @Min(1) @Max(Sdgs.GOALS) Integer> sdgs,
        @Size(max = 20_000) String overview,
        @Size(max = 20_000) String sdgContributionHighlights,
        @Size(max = 20_000) String lessonsLearned,
        @Size(max = 20_000) String successFactors,

        @Size(max = 20) @Schema(example = "[\"zh\", \"en\"]")
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String> languages,

        @Size(max = 50) @Schema(description = "Links to documents")
        List<@NotNull @Size(max = 2_000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String>
                links) {

    KnowledgeContent toContent() {
        return new KnowledgeContent(
                kind,
                title.strip(),
                type,
                scope,
                copy(leadOrganizationIds),
                year,
                country,
                region,
                copy(sdgs),
                overview,
                sdgContributionHighlights,
                lessonsLearned,
                successFactors,
                copy(languages),
                copy(links));
    }

    static KnowledgeFields of(KnowledgeContent c) {
        return new KnowledgeFields(
                c.kind(),
                c.title(),
                c.type(),
                c.scope(),
                c.leadOrganizationIds(),
                c.year(),
                c.country(),
                c.region(),
                c.sdgs(),
                c.overview(),
                c.sdgContributionHighlights(),
                c.lessonsLearned(),
                c.successFactors(),
                c.languages(),
                c.links());
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
