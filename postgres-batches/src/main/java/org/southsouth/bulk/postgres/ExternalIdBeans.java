package org.southsouth.bulk.postgres;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Keeps the batch callers' own ids for the service's records in its PostgreSQL, in each item's transaction. */
@ApplicationScoped
public class ExternalIdBeans {

    @Produces
    @Singleton
    JdbcExternalIds externalIds(AgroalDataSource dataSource) {
        return new JdbcExternalIds(dataSource);
    }
}
