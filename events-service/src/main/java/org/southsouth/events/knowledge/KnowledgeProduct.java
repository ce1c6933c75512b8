package org.southsouth.events.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A knowledge product in one version; earlier versions are kept and readable. */
public record KnowledgeProduct(
        UUID id,
        KnowledgeContent content,
        ReviewStatus reviewStatus,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
