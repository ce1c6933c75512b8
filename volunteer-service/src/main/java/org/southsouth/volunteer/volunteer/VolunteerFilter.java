package org.southsouth.volunteer.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import org.southsouth.volunteer.deployment.Programme;

/**
 * @param availableFrom with availableTo: an availability window covers the whole period
 */
public record VolunteerFilter(
        String nationality,
        String deploymentCountry,
        String skill,
        String language,
        VolunteerStatus status,
        Programme programme,
        LocalDate availableFrom,
        LocalDate availableTo,
        Instant updatedSince) {}
