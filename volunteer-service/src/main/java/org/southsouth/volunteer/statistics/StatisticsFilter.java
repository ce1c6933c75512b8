package org.southsouth.volunteer.statistics;

import java.time.LocalDate;
import java.util.UUID;
import org.southsouth.reference.UndpRegion;

/**
 * @param homeOrganizationId only this organization's volunteers
 * @param from               first day of the period, included
 * @param to                 last day of the period, included
 * @param sdg                only deployments and hours for this SDG
 * @param country            only deployments in this country, hours on them and attendances at events there
 * @param region             the same for the countries of this UNDP region
 */
public record StatisticsFilter(
        UUID homeOrganizationId, LocalDate from, LocalDate to, Integer sdg, String country, UndpRegion region) {}
