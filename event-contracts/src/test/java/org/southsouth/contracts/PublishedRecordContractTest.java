package org.southsouth.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;

class PublishedRecordContractTest {

    private final OrganizationV1 withoutOptionalFields = new OrganizationV1(
            UUID.randomUUID(),
            "Kenya Red Cross",
            null,
            "21",
            "KE",
            null,
            "PROSPECT",
            false,
            List.of(),
            null,
            Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void aRecordAsProducersWriteItConformsEvenWithItsNullableFieldsNull() {
        assertEquals(
                List.of(), PublishedRecordContract.violations("partner.organizations", encoded(withoutOptionalFields)));
    }

    @Test
    void nullWhereTheDocumentAllowsNoneIsAViolation() {
        String json = json(withoutOptionalFields).replace("\"name\":\"Kenya Red Cross\"", "\"name\":null");

        assertFalse(PublishedRecordContract.violations("partner.organizations", bytes(json))
                .isEmpty());
    }

    @Test
    void anIntegerSequenceIsAViolationThoughConsumersStillReadIt() {
        String json = json(withoutOptionalFields).replace("\"sequence\":\"0000000000000000007\"", "\"sequence\":7");

        assertEquals(7, EventCodec.decode(bytes(json)).sequence());
        assertFalse(PublishedRecordContract.violations("partner.organizations", bytes(json))
                .isEmpty());
    }

    @Test
    void aTypeTheTopicDoesNotCarryIsAViolation() {
        List<String> violations =
                PublishedRecordContract.violations("volunteer.volunteers", encoded(withoutOptionalFields));

        assertTrue(violations.get(0).contains("documents no message"), violations.toString());
    }

    private static byte[] encoded(OrganizationV1 organization) {
        return EventCodec.encode(EventEnvelope.of(
                PartnerEvents.ORGANIZATION_REGISTERED, organization.id().toString(), 7, organization));
    }

    private static String json(OrganizationV1 organization) {
        return new String(encoded(organization), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
