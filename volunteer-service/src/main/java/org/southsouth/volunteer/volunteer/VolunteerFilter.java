package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.southsouth.volunteer.access.AccessScope;
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
