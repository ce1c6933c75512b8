package org.southsouth.contracts.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/** The state of a partnership (agreement between organizations) after a change, version 1. */
public record PartnershipV1(
        UUID id,
        String title,
        String kind,
        String status,
        List<Party> parties,
        List<String> sdgTargets,
        List<String> countries,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        Instant updatedAt) {

    /** @param role IATI participating-org role: funding, accountable, extending, implementing */
    public record Party(UUID organizationId, String role) {}
}
