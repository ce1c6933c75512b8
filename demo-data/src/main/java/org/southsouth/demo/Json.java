package org.southsouth.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies as ordered maps; absent (null) values are left out, as a client sending only what it knows. */
final class Json {

    private Json() {}

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                object.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return object;
    }
}
