package org.southsouth.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.southsouth.failure.InvalidInput;

/**
 * A list's {@code sort} parameter, e.g. {@code -joinedNetworkOn,name}: comma-separated API field names, each
 * optionally prefixed with {@code -} for descending, only the fields a list allows (anything else is refused naming
 * {@code sort}). The store adds its id last so pages are stable: {@link #toSql} for SQL, the caller for others.
 */
public final class SortOrder {

    /** One sort key: the store's field (column or document field) and its direction. */
    public record Term(String field, boolean descending) {}

    private SortOrder() {}

    /** @param allowed the sortable fields, as the API names them, to the store's field */
    public static List<Term> parse(String sort, String defaultSort, Map<String, String> allowed) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Term> terms = new ArrayList<>();
        for (String raw : requested.split(",")) {
            String term = raw.strip();
            boolean descending = term.startsWith("-");
            String name = descending ? term.substring(1) : term;
            String field = allowed.get(name);
            if (field == null) {
                throw new InvalidInput(
                        "sort",
                        "cannot sort by '" + name + "'; sortable: "
                                + String.join(
                                        ", ", allowed.keySet().stream().sorted().toList())
                                + " (prefix - for descending)");
            }
            terms.add(new Term(field, descending));
        }
        return terms;
    }

    /** An SQL ORDER BY over whitelisted columns, the {@code id} column breaking ties. */
    public static String toSql(String sort, String defaultSort, Map<String, String> columns) {
        List<String> terms = new ArrayList<>();
        for (Term term : parse(sort, defaultSort, columns)) {
            terms.add(term.field() + (term.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST"));
        }
        terms.add("id ASC");
        return String.join(", ", terms);
    }
}
