package org.southsouth.events.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Filters of the knowledge-product list; null means "any"; {@code terms} must all match (see SearchKeywords). */
public record KnowledgeFilter(
        List<String> terms,
        KnowledgeKind kind,
        String type,
        Integer sdg,
        String country,
        Region region,
        Integer year,
        ReviewStatus reviewStatus,
        UUID leadOrganizationId,
        String language,
        Instant updatedSince) {}
