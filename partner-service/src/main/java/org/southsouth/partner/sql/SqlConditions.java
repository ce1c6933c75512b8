package org.southsouth.partner.sql;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The WHERE clause of a list query, built from the filters a client gave, with its named parameters. */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} binding {@code :name} when the filter value is present. */
    public SqlConditions when(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition that holds no client value. */
    public SqlConditions always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Case-insensitive substring match against a lower-cased column (trigram-indexed). */
    public SqlConditions containsWords(String words, String column, String name) {
        if (words == null || words.isBlank()) {
            return this;
        }
        String escaped = words.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return when("%" + escaped + "%", column + " LIKE :" + name, name);
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
