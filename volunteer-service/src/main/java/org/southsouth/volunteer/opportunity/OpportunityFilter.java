package org.southsouth.volunteer.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.southsouth.reference.UndpRegion;
import org.southsouth.volunteer.deployment.Programme;

/**
 * @param startAfter  with startBefore: the start window overlaps startAfter..startBefore (each side optional)
 * @param openOnly    OPEN and the deadline not passed (UTC)
 * @param words       each word in the title, the description or a translation of either, ignoring case
 */
public record OpportunityFilter(
        String country,
        UndpRegion region,
        Programme programme,
        String skill,
        String language,
        Integer sdg,
        LocalDate startAfter,
        LocalDate startBefore,
        boolean openOnly,
        OpportunityStatus status,
        UUID hostOrganizationId,
        List<String> words,
        Instant updatedSince) {

    /** Every opportunity volunteers may still apply for. */
    static OpportunityFilter openForApplications() {
        return new OpportunityFilter(null, null, null, null, null, null, null, null, true, null, null, List.of(), null);
    }
}
