package org.southsouth.volunteer.hours;

import java.time.LocalDate;
import java.util.UUID;
import org.southsouth.reference.UndpRegion;

/**
 * @param country only hours logged on a deployment in this country
 * @param region  only hours logged on a deployment in a country of this UNDP region
 */
public record HoursTotalsFilter(
        UUID volunteerId,
        UUID organizationId,
        LocalDate from,
        LocalDate to,
        Integer sdg,
        String country,
        UndpRegion region) {}
