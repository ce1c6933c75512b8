package org.southsouth.partner.organization;

import java.time.Instant;
import org.southsouth.reference.UndpRegion;

/** The filters of the organization list; null means "any". */
public record OrganizationFilter(
        String country,
        UndpRegion region,
        String subregion,
        String type,
        Integer sdg,
        OrganizationStatus status,
        Boolean hub,
        String q,
        Instant updatedSince) {}
