package org.southsouth.rest.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.southsouth.rest.ApiProblem;

/**
 * The items of a batch body {@code {"items": [ ... ]}}: 1 to {@link BulkResult#MAX_ITEMS} JSON objects, else the
 * whole batch is refused with a 400 naming {@code items} before anything changes. Each item is read on its own
 * afterwards, so an item that does not read fails alone.
 */
public final class BulkItems {

    public static final String EXTERNAL_ID = "externalId";
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;

    private final List<ObjectNode> items;
    private final List<Optional<ApiProblem>> externalIdProblems = new ArrayList<>();

    private BulkItems(List<ObjectNode> items) {
        this.items = items;
        Set<String> seen = new HashSet<>();
        for (ObjectNode item : items) {
            externalIdProblems.add(externalIdProblem(item, seen));
        }
    }

    public static BulkItems of(JsonNode body) {
        JsonNode items = body == null || !body.isObject() ? null : body.get("items");
        if (items == null || !items.isArray()) {
            throw ApiProblem.invalidField("items", "is required: a batch is {\"items\": [ ... ]}");
        }
        if (items.isEmpty() || items.size() > BulkResult.MAX_ITEMS) {
            throw ApiProblem.invalidField(
                    "items", "must hold 1 to " + BulkResult.MAX_ITEMS + " items, not " + items.size());
        }
        List<ObjectNode> objects = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw ApiProblem.invalidField("items[" + i + "]", "must be a JSON object");
            }
            objects.add((ObjectNode) items.get(i));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("items")) {
                throw ApiProblem.invalidField(name, "is not a member of a batch; a batch is {\"items\": [ ... ]}");
            }
        });
        return new BulkItems(objects);
    }

    public List<ObjectNode> items() {
        return items;
    }

    /** The item's externalId when it is a valid string, whatever else is wrong with it (for its result). */
    public String externalId(int index) {
        JsonNode externalId = items.get(index).get(EXTERNAL_ID);
        return externalId != null && externalId.isTextual() ? externalId.textValue() : null;
    }

    /** The distinct valid externalIds of the batch, for one lookup of the records they name. */
    public Set<String> externalIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (externalIdProblems.get(i).isEmpty() && externalId(i) != null) {
                ids.add(externalId(i));
            }
        }
        return ids;
    }

    /** Why the item's externalId is refused: not a string of 1 to 200 characters, or named by an earlier item. */
    public Optional<ApiProblem> externalIdProblem(int index) {
        return externalIdProblems.get(index);
    }

    private static Optional<ApiProblem> externalIdProblem(ObjectNode item, Set<String> seen) {
        JsonNode externalId = item.get(EXTERNAL_ID);
        if (externalId == null || externalId.isNull()) {
            return Optional.empty();
        }
        if (!externalId.isTextual()
                || externalId.textValue().isEmpty()
                || externalId.textValue().length() > MAX_EXTERNAL_ID_LENGTH) {
            return Optional.of(ApiProblem.invalidField(
                    EXTERNAL_ID, "must be a string of 1 to " + MAX_EXTERNAL_ID_LENGTH + " characters"));
        }
        if (!seen.add(externalId.textValue())) {
            return Optional.of(ApiProblem.invalidField(
                    EXTERNAL_ID, "names the same record as an earlier item of this batch; send each record once"));
        }
        return Optional.empty();
    }
}
