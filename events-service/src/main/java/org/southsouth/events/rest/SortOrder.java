package org.southsouth.events.rest;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.southsouth.failure.InvalidInput;

/**
 * A list's {@code sort} parameter: comma-separated API field names, each optionally prefixed with {@code -} for
 * descending; only the fields a list allows, always ending with the id so the order is stable.
 */
public final class SortOrder {

    private SortOrder() {}

    /** @param allowed API field name → document field */
    public static Bson parse(String sort, String defaultSort, Map<String, String> allowed) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Bson> parts = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String item = raw.strip();
            boolean descending = item.startsWith("-");
            String name = descending ? item.substring(1) : item;
            String field = allowed.get(name);
            if (field == null) {
                throw new InvalidInput(
                        "sort",
                        "can sort by "
                                + String.join(
                                        ", ", allowed.keySet().stream().sorted().toList())
                                + ", each optionally prefixed with '-'");
            }
            parts.add(descending ? Sorts.descending(field) : Sorts.ascending(field));
        }
        parts.add(Sorts.ascending("_id"));
        return Sorts.orderBy(parts);
    }
}
