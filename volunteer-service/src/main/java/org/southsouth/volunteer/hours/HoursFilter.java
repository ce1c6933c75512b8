package org.southsouth.volunteer.hours;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

public record HoursFilter(
        UUID volunteerId,
        UUID organizationId,
        UUID deploymentId,
        UUID eventId,
        Boolean verified,
        LocalDate from,
        LocalDate to,
        Instant updatedSince) {}
