package org.southsouth.journal.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.southsouth.embedded.EmbeddedPostgresServer;

/** A fresh database with the journal's tables, migrated by the script a service's Flyway runs. */
final class JournalDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private JournalDatabase() {}

    static DataSource create(EmbeddedPostgresServer postgres) throws IOException, SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.createDatabase("journal_" + COUNTER.incrementAndGet()));
        dataSource.setUser(EmbeddedPostgresServer.USER);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                InputStream script =
                        JournalDatabase.class.getResourceAsStream("/db/journal/V0_3__record_journal.sql")) {
            statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
        return dataSource;
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
