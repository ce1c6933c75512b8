package org.southsouth.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.southsouth.embedded.EmbeddedPostgresServer;

/**
 * A statement with its parameters, run over plain JDBC the way a service's driver runs it: prepared, parameters
 * bound, every column of every row read.
 */
record Sql(String text, Object... parameters) {

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
    }

    static void execute(Connection connection, String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** Reads every column of every row; returns the first column's values. */
    List<Object> rows(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(text)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> first = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    first.add(rows.getObject(1));
                    for (int column = 2; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            }
            return first;
        }
    }

    long number(Connection connection) throws SQLException {
        return ((Number) rows(connection).get(0)).longValue();
    }

    /** The access paths PostgreSQL chose, each once and without aliases, e.g. "Index Scan using organization_name on organization". */
    String plan(Connection connection) throws SQLException {
        Set<String> scans = new LinkedHashSet<>();
        for (Object line : new Sql("EXPLAIN " + text, parameters).rows(connection)) {
            String node = line.toString()
                    .replaceAll("\\s*\\(cost=.*", "")
                    .replaceFirst("^\\s*(->\\s*)?", "")
                    .replaceFirst("( on \\S+) \\S+$", "$1");
            if (node.contains("Scan")) {
                scans.add(node);
            }
        }
        return String.join("; ", scans);
    }
}
