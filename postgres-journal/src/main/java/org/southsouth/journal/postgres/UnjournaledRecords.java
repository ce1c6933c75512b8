package org.southsouth.journal.postgres;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The rows of a table that have no journal entry yet, for a {@link JournalBackfill}: batches of them are locked,
 * skipping rows a write holds (that write journals the record itself), and handed to the service's journaling in a
 * transaction per batch, so other instances and concurrent writes are safe.
 */
@ApplicationScoped
public class UnjournaledRecords {

    private static final int BATCH = 200;
    private static final String UNJOURNALED = "SELECT r.id FROM %s r WHERE %s AND NOT EXISTS (SELECT 1"
            + " FROM record_journal j WHERE j.family = ? AND j.record_id = r.id) LIMIT " + BATCH
            + " FOR UPDATE OF r SKIP LOCKED";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Journals each row of {@code table} (alias {@code r}) matching {@code condition} that has no entry of
     * {@code family}: {@code journal} writes the record's entry in the batch's transaction. Returns how many.
     */
    public int journal(String table, String condition, String family, Consumer<UUID> journal) {
        int journaled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> ids = lockBatch(UNJOURNALED.formatted(table, condition), family);
                ids.forEach(journal);
                return ids.size();
            });
            journaled += batch;
        } while (batch == BATCH);
        return journaled;
    }

    /** Every row of {@code table} without an entry of {@code family}. */
    public int journal(String table, String family, Consumer<UUID> journal) {
        return journal(table, "true", family, journal);
    }

    private List<UUID> lockBatch(String query, String family) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, family);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }
}
