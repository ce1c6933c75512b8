package org.southsouth.contracts.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of an organization after a change (event-carried state transfer), version 1. Contacts are
 * personal data and never travel on the bus.
 */
public record OrganizationV1(
        UUID id,
        String name,
        String acronym,
        String type,
        String country,
        String status,
        List<Integer> sdgs,
        Instant updatedAt) {
}
