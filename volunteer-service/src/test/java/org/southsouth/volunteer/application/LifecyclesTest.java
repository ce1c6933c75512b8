package org.southsouth.volunteer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.southsouth.volunteer.opportunity.OpportunityStatus;

class LifecyclesTest {

    @Test
    void opportunitiesGoFromDraftThroughOpenAndClosedToFilledOrCancelled() {
        assertEquals(Set.of(OpportunityStatus.OPEN, OpportunityStatus.CANCELLED), OpportunityStatus.DRAFT.next());
        assertTrue(OpportunityStatus.CLOSED.canBecome(OpportunityStatus.FILLED));
        assertFalse(OpportunityStatus.CLOSED.canBecome(OpportunityStatus.OPEN));
        assertFalse(OpportunityStatus.DRAFT.canBecome(OpportunityStatus.FILLED));
        assertTrue(OpportunityStatus.FILLED.next().isEmpty()
                && OpportunityStatus.CANCELLED.next().isEmpty());
        assertEquals(
                Set.of(OpportunityStatus.OPEN, OpportunityStatus.CLOSED),
                Arrays.stream(OpportunityStatus.values())
                        .filter(OpportunityStatus::selecting)
                        .collect(Collectors.toSet()));
    }

    @Test
    void applicationsEndAcceptedDeclinedRejectedOrWithdrawn() {
        assertTrue(ApplicationStatus.OFFERED.canBecome(ApplicationStatus.ACCEPTED));
        assertFalse(ApplicationStatus.SHORTLISTED.canBecome(ApplicationStatus.ACCEPTED));
        assertFalse(ApplicationStatus.SUBMITTED.canBecome(ApplicationStatus.DECLINED));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(status.next().isEmpty(), !status.pending(), status + ": final exactly when no longer pending");
        }
        assertEquals(
                Set.of(ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED, ApplicationStatus.REJECTED),
                Arrays.stream(ApplicationStatus.values())
                        .filter(ApplicationStatus::hostsMove)
                        .collect(Collectors.toSet()));
        assertFalse(ApplicationStatus.LIVE.contains(ApplicationStatus.WITHDRAWN));
        assertTrue(ApplicationStatus.LIVE.contains(ApplicationStatus.ACCEPTED));
    }
}
