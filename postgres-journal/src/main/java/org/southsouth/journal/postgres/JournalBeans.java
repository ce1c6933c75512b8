package org.southsouth.journal.postgres;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Keeps the record journal in the service's PostgreSQL, written in the transactions of the changes it records. */
@ApplicationScoped
public class JournalBeans {

    @Produces
    @Singleton
    JdbcRecordJournal recordJournal(AgroalDataSource dataSource) {
        return new JdbcRecordJournal(dataSource);
    }
}
