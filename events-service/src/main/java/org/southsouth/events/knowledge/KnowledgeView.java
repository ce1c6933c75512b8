package org.southsouth.events.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "KnowledgeProduct",
        description = "A knowledge product in one version; the ETag header carries the version")
public record KnowledgeView(
        UUID id,
        KnowledgeKind kind,
        @Schema(example = "社区志愿服务积分制度") String title,
        @Schema(nullable = true) String type,
        @Schema(nullable = true) Scope scope,
        List<UUID> leadOrganizationIds,
        @Schema(nullable = true) Integer year,
        @Schema(nullable = true) String country,
        @Schema(nullable = true) Region region,
        List<Integer> sdgs,
        @Schema(nullable = true) String overview,
        @Schema(nullable = true) String sdgContributionHighlights,
        @Schema(nullable = true) String lessonsLearned,
        @Schema(nullable = true) String successFactors,
        List<String> languages,
        List<String> links,
        ReviewStatus reviewStatus,

        @Schema(description = "Version number; earlier versions stay readable")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    public static KnowledgeView of(KnowledgeProduct p) {
        KnowledgeContent c = p.content();
        return new KnowledgeView(
                p.id(),
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
                c.links(),
                p.reviewStatus(),
                p.version(),
                p.createdAt(),
                p.updatedAt());
    }
}
