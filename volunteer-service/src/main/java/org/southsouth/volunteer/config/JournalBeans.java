package org.southsouth.volunteer.config;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.journal.JdbcRecordJournal;

/** Keeps the record journal in this service's PostgreSQL, written in the transactions of the changes it records. */
@ApplicationScoped
public class JournalBeans {

    @Produces
    @Singleton
    JdbcRecordJournal recordJournal(AgroalDataSource dataSource) {
        return new JdbcRecordJournal(dataSource);
    }
}
