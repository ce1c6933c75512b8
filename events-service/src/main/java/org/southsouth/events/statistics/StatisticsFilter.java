package org.southsouth.events.statistics;

import java.time.LocalDate;
import java.util.UUID;
import org.southsouth.reference.UndpRegion;

/**
 * What the figures are computed over; null means "any".
 *
 * @param organizationId events it hosts, good practices it leads
 * @param from           events starting on or after this UTC date; good practices of this year or later
 * @param to             events starting on or before this UTC date; good practices of this year or earlier
 * @param sdg            events and good practices contributing to this goal
 * @param country        events held in, good practices of, this country
 * @param region         events held in, good practices of, a country of this region (good practices also by region)
 */
public record StatisticsFilter(
        UUID organizationId, LocalDate from, LocalDate to, Integer sdg, String country, UndpRegion region) {}
