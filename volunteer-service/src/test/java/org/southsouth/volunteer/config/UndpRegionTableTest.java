package org.southsouth.volunteer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.reference.Countries;
import org.southsouth.reference.Country;

/** The statistics' region table is the shared reference table, whatever an older start or migration left in it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class UndpRegionTableTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UndpRegionTable table;

    @Test
    void aStartMakesTheRegionTableTheSharedOne() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE undp_region_country SET region = 'AFRICA' WHERE country = 'NP'");
            statement.executeUpdate("INSERT INTO undp_region_country (country, region) VALUES ('JP', 'AFRICA')");
        }

        table.fill(null, dataSource);

        Map<String, String> shared = Countries.all().stream()
                .filter(country -> country.undpRegion() != null)
                .collect(Collectors.toMap(
                        Country::code, country -> country.undpRegion().name()));
        assertEquals(shared, rows());
    }

    private Map<String, String> rows() throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT country, region FROM undp_region_country")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }
}
