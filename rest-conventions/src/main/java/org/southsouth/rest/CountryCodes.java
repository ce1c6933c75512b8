package org.southsouth.rest;

import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-2 codes, as the JDK ships them: the one list every API checks country codes against (the
 * services' reference tables of regions carry the same 249 codes).
 */
public final class CountryCodes {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryCodes() {}

    public static boolean isCountry(String code) {
        return code != null && CODES.contains(code);
    }
}
