package org.southsouth.events.knowledge;

import java.util.List;
import java.util.UUID;

/** What authors write in a knowledge product; the review status and versions live in {@link KnowledgeProduct}. */
public record KnowledgeContent(
        KnowledgeKind kind,
        String title,
        String type,
        Scope scope,
        List<UUID> leadOrganizationIds,
        Integer year,
        String country,
        Region region,
        List<Integer> sdgs,
        String overview,
        String sdgContributionHighlights,
        String lessonsLearned,
        String successFactors,
        List<String> languages,
        List<String> links) {}
