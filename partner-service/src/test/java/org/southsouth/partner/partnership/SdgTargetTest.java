package org.southsouth.partner.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdgTargetTest {

    @Test
    void aTargetNamesItsGoal() {
        assertEquals(new SdgTarget(4, "7"), SdgTarget.parse("4.7").orElseThrow());
        assertEquals(17, SdgTarget.parse("17.19").orElseThrow().goal());
        assertEquals("4.a", SdgTarget.parse("4.a").orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.5", "1.b", "3.9", "3.d", "8.10", "16.10", "17.19", "10.c"})
    void existingTargetsAreAccepted(String code) {
        assertTrue(SdgTarget.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "18.1", "0.1", "4.8", "4.d", "17.20", "17.a", "1.0", "4.07", "4", "4.", ".7", "4.7.1", "4.A", " 4.7"
            })
    void targetsThatDoNotExistAreRefused(String code) {
        assertFalse(SdgTarget.isValid(code));
    }

    @Test
    void theAgendaHas169Targets() {
        int count = 0;
        for (int goal = 1; goal <= 17; goal++) {
            for (int n = 1; n <= 20; n++) {
                count += SdgTarget.isValid(goal + "." + n) ? 1 : 0;
            }
            for (char letter = 'a'; letter <= 'e'; letter++) {
                count += SdgTarget.isValid(goal + "." + letter) ? 1 : 0;
            }
        }
        assertEquals(169, count);
    }
}
