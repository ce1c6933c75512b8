package org.southsouth.backbone.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.southsouth.embedded.EmbeddedPostgresServer;

/** A fresh database with the backbone's tables and an {@code applied} table standing for a consumer's effect. */
final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> MIGRATIONS =
            List.of("V0_1__event_backbone.sql", "V0_1_1__outbox_trace_context.sql");

    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private TestDatabase() {}

    static DataSource create(EmbeddedPostgresServer postgres) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.createDatabase("backbone_" + COUNTER.incrementAndGet()));
        dataSource.setUser(EmbeddedPostgresServer.USER);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String migration : MIGRATIONS) {
                statement.execute(script(migration));
            }
            statement.execute(
                    "CREATE TABLE applied (event_id UUID NOT NULL, subject TEXT NOT NULL, sequence BIGINT NOT NULL)");
        }
        return dataSource;
    }

    static void inTransaction(DataSource dataSource, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String script(String migration) throws IOException {
        try (InputStream in = TestDatabase.class.getResourceAsStream("/db/backbone/" + migration)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
