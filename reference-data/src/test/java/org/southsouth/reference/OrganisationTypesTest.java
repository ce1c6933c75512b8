package org.southsouth.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationTypesTest {

    @Test
    void organisationTypesAreTheIatiList() {
        assertTrue(OrganisationTypes.exists("22"));
        assertTrue(OrganisationTypes.exists("80"));
        assertFalse(OrganisationTypes.exists("99"));
        assertEquals(16, OrganisationTypes.all().size());
    }
}
