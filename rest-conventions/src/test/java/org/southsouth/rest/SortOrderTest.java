package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.InvalidInput;

class SortOrderTest {

    private static final Map<String, String> COLUMNS = Map.of("name", "name", "joinedNetworkOn", "joined_network_on");

    @Test
    void fieldsMapToWhitelistedColumnsAndTheIdBreaksTies() {
        assertEquals(
                "joined_network_on DESC NULLS LAST, name ASC NULLS LAST, id ASC",
                SortOrder.toSql("-joinedNetworkOn,name", "name", COLUMNS));
        assertEquals("name ASC NULLS LAST, id ASC", SortOrder.toSql(null, "name", COLUMNS));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(InvalidInput.class, () -> SortOrder.toSql("name; DROP TABLE organization", "name", COLUMNS));
        assertThrows(InvalidInput.class, () -> SortOrder.toSql("id", "name", COLUMNS));
    }
}
