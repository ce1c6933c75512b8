package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void aSaneCallerIdIsKept() {
        assertEquals("abc.DEF:1-2_3", RequestIdFilter.keepOrCreate("abc.DEF:1-2_3"));
    }

    @Test
    void anAbsentOrInsaneIdIsReplacedByANewRandomUuid() {
        Set<String> ids = new HashSet<>();
        for (String given : new String[] {null, "", "has space", "x".repeat(129), "<script>"}) {
            String id = RequestIdFilter.keepOrCreate(given);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(uuid.toString(), id);
            ids.add(id);
        }
        assertEquals(5, ids.size(), "every new id differs: " + ids);
    }
}
