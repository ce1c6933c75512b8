package org.southsouth.webhook.config;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.rest.idempotency.IdempotencyStore;
import org.southsouth.rest.idempotency.JdbcIdempotencyStore;

/** Responses to POSTs with an Idempotency-Key live in this service's own database. */
public class IdempotencyStoreProducer {

    @Produces
    @Singleton
    IdempotencyStore idempotencyStore(AgroalDataSource dataSource) {
        return new JdbcIdempotencyStore(dataSource);
    }
}
