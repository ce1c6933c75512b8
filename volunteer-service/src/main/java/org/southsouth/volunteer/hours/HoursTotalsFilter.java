package org.southsouth.volunteer.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.UndpRegion;
import org.southsouth.volunteer.access.AccessScope;

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
