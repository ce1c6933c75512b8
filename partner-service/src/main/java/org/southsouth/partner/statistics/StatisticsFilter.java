package org.southsouth.partner.statistics;

import java.time.LocalDate;
import org.southsouth.reference.UndpRegion;

/**
 * What impact figures are about: a period and, optionally, one SDG goal, country or UNDP region; null means "any".
 * An organization matches by its SDG focus, country and region; a partnership by its targets' goals, countries and
 * regions.
 */
public record StatisticsFilter(LocalDate from, LocalDate to, Integer sdg, String country, UndpRegion region) {}
