package org.southsouth.partner.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.southsouth.failure.InvalidInput;

/**
 * A client's {@code sort} parameter, e.g. {@code -joinedNetworkOn,name}, turned into an SQL ORDER BY over
 * whitelisted columns; the id always breaks ties so pages are stable.
 */
public final class SortOrder {

    private SortOrder() {}

    /** @param columns the sortable fields, as the API names them, to their SQL column */
    public static String toSql(String sort, String defaultSort, Map<String, String> columns) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> terms = new ArrayList<>();
        for (String raw : requested.split(",")) {
            String term = raw.strip();
            boolean descending = term.startsWith("-");
            String field = descending ? term.substring(1) : term;
            String column = columns.get(field);
            if (column == null) {
                throw new InvalidInput(
                        "sort",
                        "cannot sort by '" + field + "'; sortable: "
                                + String.join(
                                        ", ", columns.keySet().stream().sorted().toList())
                                + " (prefix - for descending)");
            }
            terms.add(column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST"));
        }
        terms.add("id ASC");
        return String.join(", ", terms);
    }
}
