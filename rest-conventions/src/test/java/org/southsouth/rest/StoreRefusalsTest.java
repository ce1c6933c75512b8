package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreRefusalsTest {

    private static int status(Throwable failure) {
        return StoreRefusals.of(new RuntimeException("wrapped", failure))
                .map(ApiProblem::status)
                .orElse(500);
    }

    @Test
    void duplicatesAndConcurrentChangesAre409() {
        assertEquals(409, status(new SQLException("duplicate key", "23505")));
        assertEquals(409, status(new SQLException("could not obtain lock", "55P03")));
        assertEquals(409, status(new SQLException("deadlock", "40P01")));
    }

    @Test
    void aValueTheStoreCannotKeepIsA400() {
        assertEquals(400, status(new SQLException("date out of range", "22008")));
    }

    @Test
    void otherFailuresStayServerErrors() {
        assertTrue(StoreRefusals.of(new IllegalStateException("bug")).isEmpty());
        assertEquals(500, status(new SQLException("connection refused", "08001")));
    }
}
