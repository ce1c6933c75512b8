package org.southsouth.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/** The state of a knowledge-exchange event (forum, camp, visit, mission...) after a change, version 1. */
public record ExchangeEventV1(
        UUID id,
        String kind,
        String title,
        UUID hostOrganizationId,
        List<UUID> partnerOrganizationIds,
        @Nullable String country,
        @Nullable String city,
        boolean online,
        String status,
        Instant startsAt,
        Instant endsAt,
        @Nullable Integer capacity,
        List<Integer> sdgs,
        Instant updatedAt,
        // Absent only in events published before it was added.
        @Nullable Instant statusChangedAt) {}
