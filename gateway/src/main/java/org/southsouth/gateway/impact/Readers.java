package org.southsouth.gateway.impact;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads figures out of the services' JSON. Each reader answers null when the field is absent, so a statistic a
 * service does not (yet) offer is reported as not provided instead of as zero.
 */
final class Readers {

    private Readers() {}

    static Long count(JsonNode document, String field) {
        JsonNode node = document.get(field);
        return node == null || !node.isNumber() ? null : node.asLong();
    }

    static BigDecimal decimal(JsonNode document, String field) {
        JsonNode node = document.get(field);
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }

    /** {@code [{"key": "NP", "count": 3}]} (partner-service) → key → count. */
    static Map<String, Object> keyCounts(JsonNode document, String field) {
        return column(document, field, "key", "count");
    }

    /** {@code {"NP": 3}} (events-service) → key → count. */
    static Map<String, Object> countMap(JsonNode document, String field) {
        JsonNode node = document.get(field);
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        node.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /**
     * As {@link #column}, for a figure a row may have no value of (a ratio or median over nothing): a JSON null stays
     * null rather than making the whole breakdown unreadable.
     */
    static Map<String, Object> columnWithGaps(JsonNode document, String field, String keyField, String valueField) {
        return column(document, field, keyField, valueField, true);
    }

    /** An array of objects → the value of {@code keyField} → the number in {@code valueField}. */
    static Map<String, Object> column(JsonNode document, String field, String keyField, String valueField) {
        return column(document, field, keyField, valueField, false);
    }

    private static Map<String, Object> column(
            JsonNode document, String field, String keyField, String valueField, boolean gaps) {
        JsonNode node = document.get(field);
        if (node == null || !node.isArray()) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonNode row : node) {
            JsonNode key = row.get(keyField);
            JsonNode value = row.get(valueField);
            if (key == null || value == null || !(value.isNumber() || (gaps && value.isNull()))) {
                return null;
            }
            values.put(key.asText(), value.isNull() ? null : number(value));
        }
        return values;
    }

    private static Object number(JsonNode value) {
        return value.isIntegralNumber() ? (Object) value.asLong() : value.decimalValue();
    }
}
