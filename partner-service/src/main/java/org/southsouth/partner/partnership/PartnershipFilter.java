package org.southsouth.partner.partnership;

import java.time.Instant;
import java.util.UUID;
import org.southsouth.reference.UndpRegion;

/**
 * The filters of the partnership list; null means "any".
 *
 * @param hub true: a hub is among the parties; false: none is
 * @param partyType IATI OrganisationType code of one of the parties
 */
public record PartnershipFilter(
        UUID organizationId,
        PartnershipKind kind,
        PartnershipStatus status,
        String country,
        UndpRegion region,
        Integer sdg,
        Boolean hub,
        String partyType,
        String q,
        Instant updatedSince) {}
