package org.southsouth.volunteer.config;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.rest.bulk.JdbcExternalIds;

/** Keeps the batch callers' own ids for this service's records in its PostgreSQL, in each item's transaction. */
@ApplicationScoped
public class ExternalIdBeans {

    @Produces
    @Singleton
    JdbcExternalIds externalIds(AgroalDataSource dataSource) {
        return new JdbcExternalIds(dataSource);
    }
}
