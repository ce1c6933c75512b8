package org.southsouth.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The IATI OrganisationType code list (reference/iati-organisation-types.csv): code to name. */
public final class OrganisationTypes {

    private static final Map<String, String> NAMES = load();

    private OrganisationTypes() {}

    public static boolean exists(String code) {
        return code != null && NAMES.containsKey(code);
    }

    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] row : ReferenceFile.rows("iati-organisation-types.csv")) {
            names.put(row[0], row[1]);
        }
        return Collections.unmodifiableMap(names);
    }
}
