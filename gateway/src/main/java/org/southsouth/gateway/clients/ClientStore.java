package org.southsouth.gateway.clients;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.southsouth.gateway.auth.Role;
import org.southsouth.rest.ApiProblem;

/**
 * API clients in PostgreSQL (plain JDBC). The database is optional: without
 * {@code quarkus.datasource.jdbc.url} the datasource is inactive, {@link #available()} is false and only the
 * bootstrap admin from configuration exists.
 */
@ApplicationScoped
public class ClientStore {

    private static final String COLUMNS =
            "client_id, name, roles, organization_id, volunteer_id, rate_limit_per_minute, secret_hash, "
                    + "created_at, secret_rotated_at, revoked_at";

    @Inject
    InjectableInstance<AgroalDataSource> dataSource;

    public boolean available() {
        return dataSource.getHandle().getBean().isActive();
    }

    /** Stores a new client; false when the id is taken. */
    public boolean insert(ApiClient client) {
        String sql = "INSERT INTO api_client (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (client_id) DO NOTHING";
        try (Connection connection = connection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, client.clientId());
            insert.setString(2, client.name());
            insert.setArray(3, roles(connection, client.roles()));
            insert.setObject(4, client.organizationId());
            insert.setObject(5, client.volunteerId());
            if (client.rateLimitPerMinute() == null) {
                insert.setNull(6, Types.INTEGER);
            } else {
                insert.setInt(6, client.rateLimitPerMinute());
            }
            insert.setString(7, client.secretHash());
            insert.setTimestamp(8, Timestamp.from(client.createdAt()));
            insert.setTimestamp(9, Timestamp.from(client.secretRotatedAt()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store client " + client.clientId(), e);
        }
    }

    public Optional<ApiClient> find(String clientId) {
        List<ApiClient> found = query("SELECT " + COLUMNS + " FROM api_client WHERE client_id = ?", clientId);
        return found.stream().findFirst();
    }

    /** One page in creation order (ties by id); {@code revoked} null for all. */
    public List<ApiClient> list(Boolean revoked, UUID organizationId, int page, int size) {
        return query(
                "SELECT " + COLUMNS + " FROM api_client" + where(revoked, organizationId)
                        + " ORDER BY created_at, client_id LIMIT ? OFFSET ?",
                filterArgs(revoked, organizationId, size, (long) page * size));
    }

    public long count(Boolean revoked, UUID organizationId) {
        String sql = "SELECT count(*) FROM api_client" + where(revoked, organizationId);
        try (Connection connection = connection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            bind(count, filterArgs(revoked, organizationId));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count clients", e);
        }
    }

    /** Replaces the secret of a client that is not revoked; false otherwise. */
    public boolean replaceSecret(String clientId, String secretHash, Instant at) {
        return update(
                "UPDATE api_client SET secret_hash = ?, secret_rotated_at = ? WHERE client_id = ? AND revoked_at IS NULL",
                secretHash,
                Timestamp.from(at),
                clientId);
    }

    /** Revokes a client once; later calls keep the first revocation time. */
    public void revoke(String clientId, Instant at) {
        update(
                "UPDATE api_client SET revoked_at = ? WHERE client_id = ? AND revoked_at IS NULL",
                Timestamp.from(at),
                clientId);
    }

    /** Ids of clients revoked after {@code since}. */
    public Set<String> revokedSince(Instant since) {
        String sql = "SELECT client_id FROM api_client WHERE revoked_at IS NOT NULL AND revoked_at > ?";
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(since));
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read revoked clients", e);
        }
    }

    private Connection connection() throws SQLException {
        if (!available()) {
            throw new ApiProblem(
                    503,
                    "client-store-unavailable",
                    "Client store not configured",
                    "This gateway runs without its database (quarkus.datasource.jdbc.url); only the bootstrap admin exists.",
                    List.of());
        }
        return dataSource.get().getConnection();
    }

    private boolean update(String sql, Object... args) {
        try (Connection connection = connection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, args);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update clients", e);
        }
    }

    private List<ApiClient> query(String sql, Object... args) {
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, args);
            List<ApiClient> clients = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clients.add(map(rows));
                }
            }
            return clients;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read clients", e);
        }
    }

    private static String where(Boolean revoked, UUID organizationId) {
        List<String> conditions = new ArrayList<>();
        if (revoked != null) {
            conditions.add(revoked ? "revoked_at IS NOT NULL" : "revoked_at IS NULL");
        }
        if (organizationId != null) {
            conditions.add("organization_id = ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Object[] filterArgs(Boolean revoked, UUID organizationId, Object... more) {
        List<Object> args = new ArrayList<>();
        if (organizationId != null) {
            args.add(organizationId);
        }
        args.addAll(List.of(more));
        return args.toArray();
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    private static Array roles(Connection connection, Set<Role> roles) throws SQLException {
        return connection.createArrayOf(
                "text", roles.stream().sorted().map(Role::claim).toArray());
    }

    private static ApiClient map(ResultSet row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) row.getArray("roles").getArray()) {
            Role.fromClaim((String) role).ifPresent(roles::add);
        }
        int rateLimit = row.getInt("rate_limit_per_minute");
        Integer rateLimitPerMinute = row.wasNull() ? null : rateLimit;
        return new ApiClient(
                row.getString("client_id"),
                row.getString("name"),
                roles,
                row.getObject("organization_id", UUID.class),
                row.getObject("volunteer_id", UUID.class),
                rateLimitPerMinute,
                row.getString("secret_hash"),
                instant(row, "created_at"),
                instant(row, "secret_rotated_at"),
                instant(row, "revoked_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
