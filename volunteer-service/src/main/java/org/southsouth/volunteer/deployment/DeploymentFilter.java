package org.southsouth.volunteer.deployment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.volunteer.access.AccessScope;

public record DeploymentFilter(
        UUID volunteerId,
        UUID hostOrganizationId,
        String country,
        Programme programme,
        DeploymentStatus status,
        Boolean needsReview,
        Instant updatedSince) {}
