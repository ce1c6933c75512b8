package org.southsouth.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every ISO 3166-1 alpha-2 code with its UN M49 sub-region and UNDP grouping (reference/countries.csv): the one table
 * every service checks country codes against and places countries in regions by.
 */
public final class Countries {

    private static final Map<String, Country> BY_CODE = load();

    private Countries() {}

    public static Optional<Country> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static boolean exists(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** The country of a code already validated; fails loudly otherwise. */
    public static Country of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Not an ISO 3166-1 alpha-2 code: " + code));
    }

    public static Collection<Country> all() {
        return BY_CODE.values();
    }

    /** The UNDP grouping of the country {@code code}; null for a country UNDP does not group (or an unknown code). */
    public static UndpRegion regionOf(String code) {
        return find(code).map(Country::undpRegion).orElse(null);
    }

    /** The countries UNDP groups in {@code region}. */
    public static Set<String> countriesOf(UndpRegion region) {
        return BY_CODE.values().stream()
                .filter(country -> country.undpRegion() == region)
                .map(Country::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (String[] row : ReferenceFile.rows("countries.csv")) {
            countries.put(
                    row[0],
                    new Country(
                            row[0], row[1], blankToNull(row[2]), row[3].isBlank() ? null : UndpRegion.valueOf(row[3])));
        }
        return Map.copyOf(countries);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
