package org.southsouth.volunteer.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeploymentRulesTest {

    private static final LocalDate START = LocalDate.parse("2027-01-31");

    @Test
    void aDeploymentLastsFromOneToTwentyFourMonths() {
        assertTrue(DeploymentPeriod.problemWith(START, START).isPresent());
        assertTrue(DeploymentPeriod.problemWith(START, START.minusDays(1)).isPresent());
        assertTrue(DeploymentPeriod.problemWith(START, LocalDate.parse("2027-02-27"))
                .isPresent());
        assertEquals(Optional.empty(), DeploymentPeriod.problemWith(START, LocalDate.parse("2027-02-28")));
        assertEquals(Optional.empty(), DeploymentPeriod.problemWith(START, LocalDate.parse("2029-01-31")));
        assertTrue(DeploymentPeriod.problemWith(START, LocalDate.parse("2029-02-01"))
                .isPresent());
    }

    @Test
    void onlyTheLifecycleTransitionsAreAllowed() {
        assertEquals(Set.of(DeploymentStatus.ACTIVE, DeploymentStatus.CANCELLED), DeploymentStatus.PLANNED.next());
        assertTrue(DeploymentStatus.ACTIVE.canBecome(DeploymentStatus.EXTENDED));
        assertTrue(DeploymentStatus.EXTENDED.canBecome(DeploymentStatus.EXTENDED));
        assertTrue(DeploymentStatus.EXTENDED.canBecome(DeploymentStatus.ENDED_EARLY));
        assertFalse(DeploymentStatus.ACTIVE.canBecome(DeploymentStatus.CANCELLED));
        assertFalse(DeploymentStatus.PLANNED.canBecome(DeploymentStatus.COMPLETED));
        for (DeploymentStatus end :
                Set.of(DeploymentStatus.COMPLETED, DeploymentStatus.ENDED_EARLY, DeploymentStatus.CANCELLED)) {
            for (DeploymentStatus any : DeploymentStatus.values()) {
                assertFalse(end.canBecome(any), end + " is final");
            }
        }
    }

    @Test
    void onlyDeploymentsThatStartedCountAsServed() {
        assertFalse(DeploymentStatus.PLANNED.served());
        assertFalse(DeploymentStatus.CANCELLED.served());
        assertTrue(DeploymentStatus.ACTIVE.served());
        assertTrue(DeploymentStatus.ENDED_EARLY.served());
    }
}
