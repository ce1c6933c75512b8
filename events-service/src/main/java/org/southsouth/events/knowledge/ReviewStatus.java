package org.southsouth.events.knowledge;

import java.util.Map;
import java.util.Set;

/** DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; a reviewer may send a product back from IN_REVIEW to DRAFT. */
public enum ReviewStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    /** What every reader sees; drafts and products in review only their lead organizations and network staff. */
    public static final Set<ReviewStatus> PUBLIC = Set.of(PUBLISHED, ARCHIVED);

    private static final Map<ReviewStatus, Set<ReviewStatus>> NEXT = Map.of(
            DRAFT, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(DRAFT, PUBLISHED),
            PUBLISHED, Set.of(ARCHIVED),
            ARCHIVED, Set.of());

    public boolean canBecome(ReviewStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Content can change until the product is archived; each change keeps the version before it. */
    public boolean editable() {
        return this != ARCHIVED;
    }
}
