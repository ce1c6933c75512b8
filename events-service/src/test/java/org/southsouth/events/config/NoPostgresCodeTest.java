package org.southsouth.events.config;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * events-service keeps everything in MongoDB: none of the shared modules' PostgreSQL stores, nor their tables'
 * migrations, may come along with the store-neutral pieces it uses (rest-conventions, event-backbone).
 */
class NoPostgresCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.southsouth.rest.idempotency.JdbcIdempotencyStore",
                "org.southsouth.rest.idempotency.postgres.JdbcIdempotencyStore",
                "org.southsouth.backbone.postgres.OutboxRelay",
                "org.southsouth.bulk.postgres.JdbcExternalIds"
            })
    void noPostgresStoreIsOnTheClassPath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }

    @ParameterizedTest
    @ValueSource(strings = {"db/idempotency", "db/backbone", "db/external-ids", "db/journal"})
    void noPostgresMigrationIsOnTheClassPath(String location) {
        assertNull(getClass().getClassLoader().getResource(location), location);
    }
}
