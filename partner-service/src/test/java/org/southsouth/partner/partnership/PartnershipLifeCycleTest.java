package org.southsouth.partner.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.InvalidTransition;

class PartnershipLifeCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);

    @Test
    void partnershipsFollowDraftSignedActiveRenewedClosed() {
        assertEquals(
                java.util.Set.of(PartnershipStatus.SIGNED, PartnershipStatus.CLOSED), PartnershipStatus.DRAFT.next());
        assertEquals(
                java.util.Set.of(PartnershipStatus.ACTIVE, PartnershipStatus.CLOSED), PartnershipStatus.SIGNED.next());
        assertTrue(PartnershipStatus.ACTIVE.canBecome(PartnershipStatus.RENEWED));
        assertTrue(PartnershipStatus.RENEWED.canBecome(PartnershipStatus.RENEWED));
        assertFalse(PartnershipStatus.DRAFT.canBecome(PartnershipStatus.ACTIVE));
        assertFalse(PartnershipStatus.SIGNED.canBecome(PartnershipStatus.RENEWED));
        assertTrue(PartnershipStatus.CLOSED.next().isEmpty());
        assertTrue(PartnershipStatus.RENEWED.inForce());
        assertFalse(PartnershipStatus.SIGNED.inForce());
    }

    @Test
    void eachPartnershipStepRecordsItsDate() {
        Partnership partnership = new Partnership();
        partnership.status = PartnershipStatus.DRAFT;
        partnership.changeStatus(PartnershipStatus.SIGNED, LocalDate.of(2024, 1, 10), null);
        partnership.changeStatus(PartnershipStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
        partnership.changeStatus(PartnershipStatus.RENEWED, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31));
        partnership.changeStatus(PartnershipStatus.CLOSED, LocalDate.of(2026, 1, 31), null);
        assertEquals(LocalDate.of(2024, 1, 10), partnership.signedOn);
        assertEquals(LocalDate.of(2024, 2, 1), partnership.activatedOn);
        assertEquals(LocalDate.of(2025, 2, 1), partnership.renewedOn);
        assertEquals(LocalDate.of(2026, 1, 31), partnership.endsOn);
        assertEquals(PartnershipStatus.CLOSED, partnership.status);
        assertThrows(InvalidTransition.class, () -> partnership.changeStatus(PartnershipStatus.ACTIVE, TODAY, null));
    }
}
