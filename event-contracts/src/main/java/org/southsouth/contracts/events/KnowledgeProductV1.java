package org.southsouth.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/** A knowledge product (good practice, research, manual, guidance) after a change, version 1. */
public record KnowledgeProductV1(
        UUID id,
        String kind,
        String title,
        List<UUID> leadOrganizationIds,
        @Nullable Integer year,
        @Nullable String country,
        @Nullable String region,
        List<Integer> sdgs,
        String reviewStatus,
        int revision,
        Instant updatedAt) {}
