package org.southsouth.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.bulk.postgres.JdbcExternalIds;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ExternalIdMappingTest {

    private static final String FAMILY = "volunteer";

    @Inject
    JdbcExternalIds externalIds;

    @Test
    void aClaimNamesTheRecordForThatClientOnly() {
        String externalId = "crm-" + UUID.randomUUID();
        UUID record = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> externalIds.claim("client-a", FAMILY, externalId, record));

        assertEquals(record, externalIds.find("client-a", FAMILY, externalId).orElseThrow());
        assertTrue(externalIds.find("client-b", FAMILY, externalId).isEmpty());
        assertTrue(externalIds.find("client-a", "deployment", externalId).isEmpty());
        assertEquals(
                Map.of(externalId, record), externalIds.findAll("client-a", FAMILY, List.of(externalId, "never-sent")));
    }

    @Test
    void aSecondClaimOfTheSameIdAnswersTheFirstRecord() {
        String externalId = "crm-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> externalIds.claim("client-a", FAMILY, externalId, first));
        UUID holder = QuarkusTransaction.requiringNew()
                .call(() -> externalIds.claim("client-a", FAMILY, externalId, UUID.randomUUID()));

        assertEquals(first, holder);
        assertEquals(first, externalIds.find("client-a", FAMILY, externalId).orElseThrow());
    }

    @Test
    void aClaimRolledBackWithItsItemLeavesTheIdFree() {
        String externalId = "crm-" + UUID.randomUUID();

        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    externalIds.claim("client-a", FAMILY, externalId, UUID.randomUUID());
                    throw new IllegalStateException("the item's own write failed");
                }));

        assertTrue(externalIds.find("client-a", FAMILY, externalId).isEmpty());
    }

    @Test
    void aForgottenRecordIsNoLongerNamed() {
        String externalId = "crm-" + UUID.randomUUID();
        UUID record = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> externalIds.claim("client-a", FAMILY, externalId, record));

        QuarkusTransaction.requiringNew().run(() -> externalIds.forget(FAMILY, record));

        assertTrue(externalIds.find("client-a", FAMILY, externalId).isEmpty());
    }
}
