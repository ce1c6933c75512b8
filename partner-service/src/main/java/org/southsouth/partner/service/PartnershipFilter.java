package org.southsouth.partner.service;

import java.time.Instant;
import java.util.UUID;

import org.southsouth.partner.domain.PartnershipKind;
import org.southsouth.partner.domain.PartnershipStatus;
import org.southsouth.partner.domain.UndpRegion;

/** The filters of the partnership list; null means "any". */
public record PartnershipFilter(
        UUID organizationId,
        PartnershipKind kind,
        PartnershipStatus status,
        String country,
        UndpRegion region,
        Integer sdg,
        String q,
        Instant updatedSince) {
}
