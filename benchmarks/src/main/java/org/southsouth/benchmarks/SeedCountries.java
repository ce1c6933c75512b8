package org.southsouth.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The countries seeded rows are placed in: every ISO 3166-1 code with its UN M49 sub-region and UNDP grouping, from
 * the shared reference table (reference-data), as a temporary table {@code seed_country} of the seeding session. Each
 * country has a {@code rank}: the network's usual partner countries first, then the other countries UNDP groups,
 * then the rest; seeders pick a rank with a skewed draw, so a few countries hold many rows and most hold few.
 */
final class SeedCountries {

    static final String TABLE = "seed_country";

    /** Countries the seeds make most frequent, most frequent first (a choice of the benchmark, not data). */
    private static final String FREQUENT = "CN,KE,IN,NG,NP,BR,ID,ET,GH,PH,VN,BD,TZ,UG,PK,EG,MX,CO,PE,ZA";

    private SeedCountries() {}

    /** Reads the list in the repository the platform runs from ({@code platform.home}, as the launcher does). */
    static int create(Connection connection) throws SQLException, IOException {
        Path reference = Path.of(System.getProperty("platform.home", "."))
                .toAbsolutePath()
                .resolve("reference-data/src/main/resources/reference/countries.csv");
        Sql.execute(
                connection,
                "CREATE TEMP TABLE " + TABLE + " (code CHAR(2) PRIMARY KEY, name TEXT NOT NULL,"
                        + " subregion TEXT, region TEXT, rank INTEGER)");
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, NULL)")) {
            for (String line : Files.readAllLines(reference, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                insert.setString(1, fields[0]);
                insert.setString(2, fields[1]);
                insert.setString(3, fields[2].isBlank() ? null : fields[2]);
                insert.setString(4, fields[3].isBlank() ? null : fields[3]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Sql.execute(
                connection,
                "UPDATE " + TABLE + " c SET rank = r.rank FROM (SELECT code, row_number() OVER (ORDER BY"
                        + " array_position(string_to_array('" + FREQUENT + "', ','), code::text) NULLS LAST,"
                        + " region IS NULL, md5(code)) - 1 AS rank FROM " + TABLE + ") r WHERE r.code = c.code");
        Sql.execute(connection, "CREATE INDEX ON " + TABLE + " (rank)");
        return (int) new Sql("SELECT count(*) FROM " + TABLE).number(connection);
    }
}
