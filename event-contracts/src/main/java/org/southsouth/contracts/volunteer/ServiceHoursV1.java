package org.southsouth.contracts.volunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/** Service hours a volunteer logged, version 1; {@code eventId} and {@code deploymentId} are optional. */
public record ServiceHoursV1(
        UUID id,
        UUID volunteerId,
        LocalDate date,
        BigDecimal hours,
        String activity,
        @Nullable UUID eventId,
        @Nullable UUID deploymentId,
        List<Integer> sdgs,
        boolean verified,
        Instant updatedAt) {}
