package org.southsouth.partner.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import org.southsouth.journal.JdbcRecordJournal;

/** Each organization, partnership and contact change is journaled in this service's own database. */
public class RecordJournalProducer {

    @Produces
    @Singleton
    JdbcRecordJournal recordJournal(AgroalDataSource dataSource) {
        return new JdbcRecordJournal(dataSource);
    }
}
