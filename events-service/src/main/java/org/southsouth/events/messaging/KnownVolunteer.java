package org.southsouth.events.messaging;

import java.util.UUID;

/** What events-service knows of a volunteer, from volunteer-service's events; nothing personal once erased. */
public record KnownVolunteer(
        UUID id,
        String name,
        String nationality,
        UUID homeOrganizationId,
        String status,
        boolean erased,
        long sequence) {}
