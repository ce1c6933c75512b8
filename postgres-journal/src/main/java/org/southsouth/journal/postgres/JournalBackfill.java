package org.southsouth.journal.postgres;

/**
 * Journals a service's records stored before the journal existed (an existing database), once each, with their state
 * now, so histories and changes feeds start from them too. Each PostgreSQL service provides one as a CDI bean;
 * {@link JournalRetention} runs it once at start. It must be safe beside other instances and concurrent writes.
 */
public interface JournalBackfill {

    /** Returns how many records it journaled. */
    int backfill();
}
