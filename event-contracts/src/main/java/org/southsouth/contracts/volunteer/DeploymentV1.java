package org.southsouth.contracts.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/** The state of a deployment abroad after a change, version 1. */
public record DeploymentV1(
        UUID id,
        UUID volunteerId,
        UUID sendingOrganizationId,
        UUID hostOrganizationId,
        String country,
        String programme,
        String role,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String status,
        List<Integer> sdgs,
        Instant updatedAt,
        @Nullable LocalDate arrivedOn,
        @Nullable LocalDate completedOn,
        @Nullable LocalDate endedOn) {}
