package org.southsouth.events.rest;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.southsouth.rest.SortOrder;

/**
 * A list's {@code sort} parameter (rest-conventions' {@link SortOrder}) as a MongoDB sort, always ending with the id
 * so the order is stable.
 */
public final class MongoSort {

    private MongoSort() {}

    /** @param allowed API field name → document field */
    public static Bson parse(String sort, String defaultSort, Map<String, String> allowed) {
        List<Bson> parts = new ArrayList<>();
        for (SortOrder.Term term : SortOrder.parse(sort, defaultSort, allowed)) {
            parts.add(term.descending() ? Sorts.descending(term.field()) : Sorts.ascending(term.field()));
        }
        parts.add(Sorts.ascending("_id"));
        return Sorts.orderBy(parts);
    }
}
