package org.southsouth.contracts.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of a volunteer after a change, version 1: only what other services need to recognise and show a
 * participant. Email, contact details and consent stay in volunteer-service.
 */
public record VolunteerV1(
        UUID id,
        String name,
        String nationality,
        UUID homeOrganizationId,
        List<String> languages,
        String status,
        Instant updatedAt) {}
