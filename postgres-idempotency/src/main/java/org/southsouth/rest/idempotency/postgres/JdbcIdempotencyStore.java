package org.southsouth.rest.idempotency.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.southsouth.rest.idempotency.IdempotencyRecord;
import org.southsouth.rest.idempotency.IdempotencyStore;
import org.southsouth.rest.idempotency.StoredResponse;

/** {@link IdempotencyStore} on the {@code idempotency_key} table; each call is its own short transaction. */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

    private final DataSource dataSource;

    public JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<IdempotencyRecord> claim(
            String scope, String key, String token, String fingerprint, Duration retention, Duration abandonedAfter) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expire = connection.prepareStatement("DELETE FROM idempotency_key"
                    + " WHERE scope = ? AND key = ? AND (created_at < ? OR status IS NULL AND created_at < ?)")) {
                Instant now = Instant.now();
                expire.setString(1, scope);
                expire.setString(2, key);
                expire.setTimestamp(3, Timestamp.from(now.minus(retention)));
                expire.setTimestamp(4, Timestamp.from(now.minus(abandonedAfter)));
                expire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO idempotency_key (scope, key, claim_token, fingerprint) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")) {
                insert.setString(1, scope);
                insert.setString(2, key);
                insert.setString(3, token);
                insert.setString(4, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            return Optional.of(held(connection, scope, key, fingerprint));
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }

    @Override
    public void complete(String scope, String key, String token, StoredResponse response) {
        execute(
                "UPDATE idempotency_key SET status = ?, location = ?, headers = ?, body = ?"
                        + " WHERE scope = ? AND key = ? AND claim_token = ?",
                response.status(),
                response.location(),
                writeHeaders(response.headers()),
                response.body(),
                scope,
                key,
                token);
    }

    @Override
    public void release(String scope, String key, String token) {
        execute("DELETE FROM idempotency_key WHERE scope = ? AND key = ? AND claim_token = ?", scope, key, token);
    }

    private static IdempotencyRecord held(Connection connection, String scope, String key, String fingerprint)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint, status, location, headers,"
                + " body FROM idempotency_key WHERE scope = ? AND key = ?")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    // Released between our insert and select: the caller may try again.
                    return new IdempotencyRecord(fingerprint, null);
                }
                int status = rs.getInt(2);
                StoredResponse response = rs.wasNull()
                        ? null
                        : new StoredResponse(status, rs.getString(3), readHeaders(rs.getString(4)), rs.getString(5));
                return new IdempotencyRecord(rs.getString(1), response);
            }
        }
    }

    private static Map<String, List<String>> readHeaders(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored response headers", e);
        }
    }

    private static String writeHeaders(Map<String, List<String>> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the response headers", e);
        }
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
