package org.southsouth.volunteer.rest;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.southsouth.rest.ApiProblem;

/**
 * The {@code sort} query parameter: a field name, {@code -} in front for descending ({@code -updatedAt}). The id
 * always breaks ties, so pages never skip or repeat an item.
 */
public final class SortParameter {

    private SortParameter() {}

    /** @param fields the names clients may sort by, mapped to the entity attributes */
    public static Sort parse(String sort, Map<String, String> fields, String defaultField) {
        String given = sort == null || sort.isBlank() ? defaultField : sort.strip();
        boolean descending = given.startsWith("-");
        String name = descending ? given.substring(1) : given;
        String attribute = fields.get(name);
        if (attribute == null) {
            throw ApiProblem.invalidField(
                    "sort", "must be one of " + fields.keySet() + ", with - in front for descending");
        }
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(attribute, direction).and("id", direction);
    }
}
