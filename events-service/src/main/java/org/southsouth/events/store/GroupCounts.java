package org.southsouth.events.store;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Records counted by a field with {@code $group}, read back as key → count in the breakdowns' order. */
final class GroupCounts {

    static final String COUNT = "count";

    private GroupCounts() {}

    static Bson countBy(String field) {
        return Aggregates.group(field, Accumulators.sum(COUNT, 1));
    }

    static Map<String, Long> of(Iterable<Document> groups) {
        Map<String, Long> counts = new TreeMap<>(GroupCounts::numericFirst);
        groups.forEach(group -> counts.put(String.valueOf(group.get("_id")), Bsons.number(group, COUNT)));
        return counts;
    }

    /** SDG and year keys sort as numbers ("2" before "10"), other keys (months, countries, regions) alphabetically. */
    static int numericFirst(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }
}
