package org.southsouth.volunteer.config;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.rest.idempotency.IdempotencyStore;
import org.southsouth.rest.idempotency.JdbcIdempotencyStore;

/** Keeps the responses of POSTs sent with an Idempotency-Key in this service's PostgreSQL. */
@ApplicationScoped
public class IdempotencyBeans {

    @Produces
    @Singleton
    IdempotencyStore idempotencyStore(AgroalDataSource dataSource) {
        return new JdbcIdempotencyStore(dataSource);
    }
}
