package org.southsouth.rest.idempotency.postgres;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.rest.idempotency.IdempotencyStore;

/** Keeps the answers to POSTs sent with an Idempotency-Key in the service's own PostgreSQL. */
@ApplicationScoped
public class IdempotencyBeans {

    @Produces
    @Singleton
    IdempotencyStore idempotencyStore(AgroalDataSource dataSource) {
        return new JdbcIdempotencyStore(dataSource);
    }
}
