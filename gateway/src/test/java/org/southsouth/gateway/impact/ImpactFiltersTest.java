package org.southsouth.gateway.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;

class ImpactFiltersTest {

    private static String refusedField(Runnable parse) {
        Problem problem = assertThrows(ApiProblem.class, parse::run).toProblem(null);
        assertEquals(400, problem.status());
        return problem.errors().get(0).field();
    }

    @Test
    void aCountryMustBeAnIsoCodeNotJustTwoLetters() {
        assertEquals("country", refusedField(() -> ImpactFilters.parse(null, null, null, "XX", null)));
        assertEquals("NP", ImpactFilters.parse(null, null, null, "np", null).country());
    }

    @Test
    void aDateMustLieInTheAcceptedRange() {
        assertEquals("to", refusedField(() -> ImpactFilters.parse(null, "+999999999-12-31", null, null, null)));
        assertEquals("from", refusedField(() -> ImpactFilters.parse("1066-10-14", null, null, null, null)));
    }
}
