package org.southsouth.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The field-level difference between two states of a record, limited to the fields a caller may read. */
public final class SnapshotDiff {

    private SnapshotDiff() {}

    /**
     * Top-level fields whose value differs, by name; a nested object or list is one value. A missing state (before
     * the first change, after a deletion) has no fields.
     */
    public static List<FieldChange> between(JsonNode before, JsonNode after, Predicate<String> readable) {
        TreeSet<String> names = new TreeSet<>();
        addNames(before, names);
        addNames(after, names);
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode was = valueOf(before, name);
            JsonNode is = valueOf(after, name);
            if (readable.test(name) && !was.equals(is)) {
                changes.add(new FieldChange(name, was.isNull() ? null : was, is.isNull() ? null : is));
            }
        }
        return changes;
    }

    private static void addNames(JsonNode state, TreeSet<String> names) {
        if (state != null && state.isObject()) {
            for (Iterator<String> it = state.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
    }

    private static JsonNode valueOf(JsonNode state, String name) {
        JsonNode value = state == null ? MissingNode.getInstance() : state.path(name);
        return value.isMissingNode() ? NullNode.getInstance() : value;
    }
}
