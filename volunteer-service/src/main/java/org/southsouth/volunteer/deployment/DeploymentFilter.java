package org.southsouth.volunteer.deployment;

import java.time.Instant;
import java.util.UUID;

public record DeploymentFilter(
        UUID volunteerId,
        UUID hostOrganizationId,
        String country,
        Programme programme,
        DeploymentStatus status,
        Boolean needsReview,
        Instant updatedSince) {}
