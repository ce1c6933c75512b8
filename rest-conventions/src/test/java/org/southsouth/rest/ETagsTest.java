package org.southsouth.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.southsouth.failure.StaleVersion;

class ETagsTest {

    @Test
    void aRecordIsAnsweredWithItsVersionAsTheETag() {
        Response ok = ETags.ok("view", 3);

        assertEquals(200, ok.getStatus());
        assertEquals("view", ok.getEntity());
        assertEquals(new EntityTag("3"), ok.getEntityTag());
    }

    @Test
    void aNewRecordIsAnsweredAtItsLocationWithItsVersionAsTheETag() {
        Response created = ETags.created(URI.create("/api/v1/things/7"), "view", 0);

        assertEquals(201, created.getStatus());
        assertEquals(URI.create("/api/v1/things/7"), created.getLocation());
        assertEquals("view", created.getEntity());
        assertEquals(new EntityTag("0"), created.getEntityTag());
    }

    @Test
    void anIfMatchNamingAnotherVersionIsRefused() {
        ETags.requireMatch("\"4\", W/\"5\"", 5);
        ETags.requireMatch("*", 5);
        ETags.requireMatch(null, 5);

        assertThrows(StaleVersion.class, () -> ETags.requireMatch("\"4\"", 5));
    }
}
