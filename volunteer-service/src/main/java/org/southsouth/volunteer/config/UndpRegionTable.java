package org.southsouth.volunteer.config;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.southsouth.reference.Countries;
import org.southsouth.reference.Country;

/**
 * Keeps table undp_region_country (which the statistics' SQL joins deployments and opportunities with) equal to the
 * shared reference table at every start, so the regions are the ones every service reads; migration V6 only seeded it.
 */
@ApplicationScoped
public class UndpRegionTable {

    /** Only a country whose region changed is written: a change counts the rollups' region places again (V14). */
    private static final String UPSERT = "INSERT INTO undp_region_country AS r (country, region) VALUES (?, ?) "
            + "ON CONFLICT (country) DO UPDATE SET region = EXCLUDED.region WHERE r.region <> EXCLUDED.region";

    private static final String DELETE_OTHERS = "DELETE FROM undp_region_country WHERE NOT (country = ANY (?))";

    void fill(@Observes StartupEvent startup, AgroalDataSource dataSource) throws SQLException {
        List<Country> grouped = Countries.all().stream()
                .filter(country -> country.undpRegion() != null)
                .toList();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                    PreparedStatement deleteOthers = connection.prepareStatement(DELETE_OTHERS)) {
                for (Country country : grouped) {
                    upsert.setString(1, country.code());
                    upsert.setString(2, country.undpRegion().name());
                    upsert.addBatch();
                }
                upsert.executeBatch();
                Array codes = connection.createArrayOf(
                        "text", grouped.stream().map(Country::code).toArray());
                deleteOthers.setArray(1, codes);
                deleteOthers.executeUpdate();
                connection.commit();
            }
        }
    }
}
