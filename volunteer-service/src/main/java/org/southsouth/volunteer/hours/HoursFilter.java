package org.southsouth.volunteer.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record HoursFilter(
        UUID volunteerId,
        UUID organizationId,
        UUID deploymentId,
        UUID eventId,
        Boolean verified,
        LocalDate from,
        LocalDate to,
        Instant updatedSince) {}
