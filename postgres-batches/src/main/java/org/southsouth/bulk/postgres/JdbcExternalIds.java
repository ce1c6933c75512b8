package org.southsouth.bulk.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The callers' own ids for platform records on the {@code external_id} table (migration {@code db/external-ids}):
 * (client, family, external id) names one record id, so a re-sent batch updates what it created. Give it the
 * service's transactional data source: within a transaction every call uses that transaction's connection, so a
 * {@link #claim} commits or rolls back with the item's own writes.
 */
public final class JdbcExternalIds {

    private final DataSource dataSource;

    public JdbcExternalIds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The record this client's external id names in the family, if any. */
    public Optional<UUID> find(String clientId, String family, String externalId) {
        return Optional.ofNullable(
                findAll(clientId, family, List.of(externalId)).get(externalId));
    }

    /** The records named by those of the client's external ids that name one: one query for a whole batch. */
    public Map<String, UUID> findAll(String clientId, String family, Collection<String> externalIds) {
        Map<String, UUID> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT external_id, record_id FROM external_id"
                        + " WHERE client_id = ? AND family = ? AND external_id = ANY (?)")) {
            Array ids = connection.createArrayOf("text", externalIds.toArray());
            select.setString(1, clientId);
            select.setString(2, family);
            select.setArray(3, ids);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("External id mapping unavailable", e);
        }
    }

    /**
     * Names the record with the client's external id in the current transaction, unless the id already names one.
     * Returns the record the external id names afterwards: {@code recordId} when claimed (or already its name),
     * another record when a concurrent batch of the same client claimed it first (this call then waits for that
     * transaction to end); the caller then rolls its item back and answers a conflict.
     */
    public UUID claim(String clientId, String family, String externalId, UUID recordId) {
        return claimAll(clientId, family, Map.of(externalId, recordId)).get(externalId);
    }

    /**
     * {@link #claim} for several external ids (each once) in one statement: returns the record each external id
     * names afterwards.
     */
    public Map<String, UUID> claimAll(String clientId, String family, Map<String, UUID> recordsByExternalId) {
        Map<String, UUID> holders = new HashMap<>();
        if (recordsByExternalId.isEmpty()) {
            return holders;
        }
        // The no-op update on conflict makes the statement return the record the id already names.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("INSERT INTO external_id"
                        + " (client_id, family, external_id, record_id)"
                        + " SELECT ?, ?, claimed.external_id, claimed.record_id"
                        + " FROM unnest(?::text[], ?::uuid[]) AS claimed (external_id, record_id)"
                        + " ON CONFLICT (client_id, family, external_id) DO UPDATE SET record_id = external_id.record_id"
                        + " RETURNING external_id, record_id")) {
            List<String> externalIds = List.copyOf(recordsByExternalId.keySet());
            claim.setString(1, clientId);
            claim.setString(2, family);
            claim.setArray(3, connection.createArrayOf("text", externalIds.toArray()));
            claim.setArray(
                    4,
                    connection.createArrayOf(
                            "uuid",
                            externalIds.stream().map(recordsByExternalId::get).toArray()));
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    holders.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            return holders;
        } catch (SQLException e) {
            throw new IllegalStateException("External id mapping unavailable", e);
        }
    }

    /**
     * Forgets every client's external id for a record that no longer exists (deleted for good, erased), so the
     * next batch naming it creates a new record. Runs in the current transaction.
     */
    public void forget(String family, UUID recordId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM external_id WHERE family = ? AND record_id = ?")) {
            delete.setString(1, family);
            delete.setObject(2, recordId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("External id mapping unavailable", e);
        }
    }
}
