package org.southsouth.events.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every ISO 3166-1 alpha-2 code and its UNDP regional grouping, from {@code reference/country-regions.csv} (the
 * table partner-service derives organizations' regions from), so events are placed in regions by their country.
 */
public final class CountryRegions {

    private static final String FILE = "/reference/country-regions.csv";
    private static final Set<String> CODES = new HashSet<>();
    private static final Map<UndpRegion, Set<String>> COUNTRIES = new EnumMap<>(UndpRegion.class);
    private static final Map<String, UndpRegion> REGIONS = new HashMap<>();

    static {
        InputStream in = CountryRegions.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("Missing reference file " + FILE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(";", -1))
                    .forEach(row -> {
                        CODES.add(row[0]);
                        if (!row[1].isBlank()) {
                            UndpRegion region = UndpRegion.valueOf(row[1]);
                            COUNTRIES.computeIfAbsent(region, r -> new TreeSet<>()).add(row[0]);
                            REGIONS.put(row[0], region);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + FILE, e);
        }
    }

    private CountryRegions() {
    }

    public static boolean exists(String code) {
        return CODES.contains(code);
    }

    /** The countries UNDP groups in {@code region}. */
    public static Set<String> countriesOf(UndpRegion region) {
        return Set.copyOf(COUNTRIES.getOrDefault(region, Set.of()));
    }

    /** The UNDP grouping of the country {@code code}; null for a country UNDP does not group (or an unknown code). */
    public static UndpRegion regionOf(String code) {
        return code == null ? null : REGIONS.get(code);
    }
}
