package org.southsouth.partner.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.InvalidTransition;

class OrganizationLifeCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);

    @Test
    void organizationsJoinLeaveAndRejoinButNeverBecomeProspectsAgain() {
        assertTrue(OrganizationStatus.PROSPECT.canBecome(OrganizationStatus.ACTIVE));
        assertTrue(OrganizationStatus.PROSPECT.canBecome(OrganizationStatus.INACTIVE));
        assertTrue(OrganizationStatus.ACTIVE.canBecome(OrganizationStatus.INACTIVE));
        assertTrue(OrganizationStatus.INACTIVE.canBecome(OrganizationStatus.ACTIVE));
        assertFalse(OrganizationStatus.ACTIVE.canBecome(OrganizationStatus.PROSPECT));
        assertFalse(OrganizationStatus.INACTIVE.canBecome(OrganizationStatus.PROSPECT));
    }

    @Test
    void joiningDatesTheMembershipUnlessADateIsKnown() {
        Organization organization = new Organization();
        organization.status = OrganizationStatus.PROSPECT;
        organization.changeStatus(OrganizationStatus.ACTIVE, TODAY);
        assertEquals(TODAY, organization.joinedNetworkOn);

        Organization historic = new Organization();
        historic.status = OrganizationStatus.PROSPECT;
        historic.joinedNetworkOn = LocalDate.of(2016, 6, 1);
        historic.changeStatus(OrganizationStatus.ACTIVE, TODAY);
        assertEquals(LocalDate.of(2016, 6, 1), historic.joinedNetworkOn);
    }

    @Test
    void aRefusedOrganizationTransitionChangesNothing() {
        Organization organization = new Organization();
        organization.status = OrganizationStatus.INACTIVE;
        assertThrows(InvalidTransition.class, () -> organization.changeStatus(OrganizationStatus.PROSPECT, TODAY));
        assertEquals(OrganizationStatus.INACTIVE, organization.status);
        assertNull(organization.joinedNetworkOn);
    }
}
