package org.southsouth.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/**
 * An application to an opportunity after a change, version 1, without the motivation (personal data). Seen by the
 * organizations listed: the volunteer's home organization and the opportunity's host.
 *
 * @param nominatedByOrganizationId the partner that nominated the volunteer; null when the volunteer applied itself
 * @param statusChangedBy           the API client that took the last step, or {@code volunteer-service} when the
 *                                  service took it (e.g. the opportunity was filled)
 * @param deploymentId              the PLANNED deployment an accepted offer became
 */
public record ApplicationV1(
        UUID id,
        UUID opportunityId,
        UUID volunteerId,
        @Nullable UUID nominatedByOrganizationId,
        String status,
        Instant statusChangedAt,
        String statusChangedBy,
        @Nullable String reason,
        @Nullable UUID deploymentId,
        List<UUID> visibleToOrganizationIds,
        Instant updatedAt) {}
