package org.southsouth.volunteer.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.UndpRegion;
import org.southsouth.volunteer.deployment.Programme;

/**
 * @param from first day of the period, included: opportunities first published (OPEN) on or after it (UTC)
 * @param to   last day of the period, included: opportunities first published on or before it (UTC)
 */
public record OpportunityFiguresFilter(
        UUID hostOrganizationId,
        LocalDate from,
        LocalDate to,
        String country,
        UndpRegion region,
        Integer sdg,
        Programme programme) {}
