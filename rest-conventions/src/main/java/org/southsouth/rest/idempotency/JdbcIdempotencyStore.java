package org.southsouth.rest.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/** {@link IdempotencyStore} on the {@code idempotency_key} table; each call is its own short transaction. */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private final DataSource dataSource;

    public JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<IdempotencyRecord> claim(String scope, String key, String fingerprint, Duration retention) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expire = connection.prepareStatement(
                    "DELETE FROM idempotency_key WHERE scope = ? AND key = ? AND created_at < ?")) {
                expire.setString(1, scope);
                expire.setString(2, key);
                expire.setTimestamp(3, Timestamp.from(Instant.now().minus(retention)));
                expire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO idempotency_key (scope, key, fingerprint) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, scope);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT fingerprint, status, location, body FROM idempotency_key WHERE scope = ? AND key = ?")) {
                select.setString(1, scope);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        // Released between our insert and select: the caller may try again.
                        return Optional.of(new IdempotencyRecord(fingerprint, null));
                    }
                    int status = rs.getInt(2);
                    StoredResponse response = rs.wasNull() ? null : new StoredResponse(status, rs.getString(3), rs.getString(4));
                    return Optional.of(new IdempotencyRecord(rs.getString(1), response));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }

    @Override
    public void complete(String scope, String key, StoredResponse response) {
        execute("UPDATE idempotency_key SET status = ?, location = ?, body = ? WHERE scope = ? AND key = ?",
                response.status(), response.location(), response.body(), scope, key);
    }

    @Override
    public void release(String scope, String key) {
        execute("DELETE FROM idempotency_key WHERE scope = ? AND key = ?", scope, key);
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }
}
