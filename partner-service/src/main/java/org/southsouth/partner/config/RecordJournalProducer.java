package org.southsouth.partner.config;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.southsouth.journal.JdbcRecordJournal;

/** Each organization, partnership and contact change is journaled in this service's own database. */
public class RecordJournalProducer {

    @Produces
    @Singleton
    JdbcRecordJournal recordJournal(AgroalDataSource dataSource) {
        return new JdbcRecordJournal(dataSource);
    }
}
