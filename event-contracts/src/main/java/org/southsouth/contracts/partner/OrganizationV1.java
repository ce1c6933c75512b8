package org.southsouth.contracts.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/**
 * The state of an organization after a change (event-carried state transfer), version 1. Contacts are
 * personal data and never travel on the bus.
 *
 * @param type   IATI OrganisationType code
 * @param region UNDP regional grouping derived from the country
 * @param hub    whether the organization runs the network (its partnerships define "connected")
 */
public record OrganizationV1(
        UUID id,
        String name,
        @Nullable String acronym,
        String type,
        String country,
        @Nullable String region,
        String status,
        boolean hub,
        List<Integer> sdgs,
        @Nullable LocalDate joinedNetworkOn,
        Instant updatedAt) {}
