package org.southsouth.partner.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every ISO 3166-1 alpha-2 code with its UN M49 sub-region and UNDP grouping (reference/countries.csv). */
public final class Countries {

    private static final Map<String, Country> BY_CODE = load();

    private Countries() {
    }

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

    private static Map<String, Country> load() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (String[] row : ReferenceFile.rows("countries.csv")) {
            countries.put(row[0], new Country(row[0], row[1], blankToNull(row[2]),
                    row[3].isBlank() ? null : UndpRegion.valueOf(row[3])));
        }
        return Map.copyOf(countries);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
