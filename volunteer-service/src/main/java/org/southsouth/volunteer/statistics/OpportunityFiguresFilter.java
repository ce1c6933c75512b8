package org.southsouth.volunteer.statistics;

import java.time.LocalDate;
import java.util.UUID;
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
