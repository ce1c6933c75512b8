package org.southsouth.bulk.postgres;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * Whether the current transaction writes a batch's items. A single request flushes its writes at once, so a write the
 * store refuses fails in the call that made it; in a batch's transaction {@link BatchRunner} flushes all its items'
 * writes together at the end instead (one JDBC batch per statement) and, should that fail, writes each item alone.
 */
@TransactionScoped
public class BatchTransaction implements Serializable {

    private boolean batch;

    void begin() {
        batch = true;
    }

    /** Flushes now, unless the runner flushes this transaction's items together. */
    public void flush(EntityManager entityManager) {
        if (!batch) {
            entityManager.flush();
        }
    }
}
