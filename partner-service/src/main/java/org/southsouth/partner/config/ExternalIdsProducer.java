package org.southsouth.partner.config;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.rest.bulk.JdbcExternalIds;

/** The callers' own ids for records of batches live in this service's own database (migration db/external-ids). */
public class ExternalIdsProducer {

    @Produces
    @Singleton
    JdbcExternalIds externalIds(AgroalDataSource dataSource) {
        return new JdbcExternalIds(dataSource);
    }
}
