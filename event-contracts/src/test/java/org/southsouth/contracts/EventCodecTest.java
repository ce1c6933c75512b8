package org.southsouth.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;

class EventCodecTest {

    private final OrganizationV1 organization = new OrganizationV1(
            UUID.randomUUID(),
            "北京志愿服务联合会",
            "BVF",
            "22",
            "CN",
            "Asia and the Pacific",
            "ACTIVE",
            true,
            List.of(4, 17),
            LocalDate.parse("2016-05-01"),
            Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void envelopeRoundTripsWithItsPayloadIntact() {
        EventEnvelope event = EventEnvelope.of(
                PartnerEvents.ORGANIZATION_REGISTERED, organization.id().toString(), 1, organization);

        EventEnvelope decoded = EventCodec.decode(EventCodec.encode(event));

        assertEquals(event, decoded);
        assertEquals(organization, decoded.payload(OrganizationV1.class));
        assertEquals("org.southsouth.partner.OrganizationRegistered", decoded.type());
        assertEquals("urn:southsouth:OrganizationV1:v1", decoded.dataschema());
    }

    @Test
    void theOriginTravelsAsTopLevelExtensionAttributesAndAbsentOnesAreLeftOut() {
        EventOrigin origin =
                new EventOrigin("partner-system", "partner", organization.id().toString(), null, "req-1", null);
        String json = new String(
                EventCodec.encode(EventEnvelope.of(
                        PartnerEvents.ORGANIZATION_UPDATED, organization.id().toString(), 2, organization, origin)),
                StandardCharsets.UTF_8);

        assertTrue(
                json.contains("\"actorclient\":\"partner-system\",\"actorroles\":\"partner\",\"actororg\":\""
                        + organization.id() + "\",\"requestid\":\"req-1\""),
                json);
        assertFalse(json.contains("actorvolunteer") || json.contains("causationid"), json);
        assertEquals(
                origin, EventCodec.decode(json.getBytes(StandardCharsets.UTF_8)).origin());
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        String json = new String(
                        EventCodec.encode(EventEnvelope.of(
                                PartnerEvents.ORGANIZATION_UPDATED,
                                organization.id().toString(),
                                2,
                                organization)),
                        StandardCharsets.UTF_8)
                .replace("\"acronym\"", "\"addedLater\":true,\"acronym\"");

        assertEquals(
                organization,
                EventCodec.decode(json.getBytes(StandardCharsets.UTF_8)).payload(OrganizationV1.class));
    }

    @Test
    void theSequenceIsWrittenAsAStringWhoseTextOrderIsItsNumericOrder() {
        String json = new String(
                EventCodec.encode(EventEnvelope.of(
                        PartnerEvents.ORGANIZATION_UPDATED, organization.id().toString(), 10, organization)),
                StandardCharsets.UTF_8);

        assertTrue(json.contains("\"sequence\":\"0000000000000000010\""), json);
        assertEquals(
                10, EventCodec.decode(json.getBytes(StandardCharsets.UTF_8)).sequence());
    }

    @Test
    void anIntegerSequenceFromAnEarlierProducerIsStillRead() {
        String json = new String(
                        EventCodec.encode(EventEnvelope.of(
                                PartnerEvents.ORGANIZATION_UPDATED,
                                organization.id().toString(),
                                10,
                                organization)),
                        StandardCharsets.UTF_8)
                .replace("\"0000000000000000010\"", "10");

        assertEquals(
                10, EventCodec.decode(json.getBytes(StandardCharsets.UTF_8)).sequence());
    }

    @Test
    void garbageIsAMalformedEvent() {
        assertThrows(
                MalformedEventException.class, () -> EventCodec.decode("{not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(
                MalformedEventException.class,
                () -> EventCodec.decode("{\"specversion\":\"0.3\"}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedEventException.class, () -> EventCodec.decode(null));
    }
}
