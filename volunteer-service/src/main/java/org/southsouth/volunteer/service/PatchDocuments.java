package org.southsouth.volunteer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.MalformedInput;
import org.southsouth.failure.RefusedField;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.JsonProblems;

/**
 * Applies a JSON Merge Patch to the current state of a resource and reads back a validated document: the
 * patched document obeys the same rules as a new one, with the same field names in errors.
 */
@ApplicationScoped
public class PatchDocuments {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new MalformedInput("A merge patch must be a JSON object");
        }
        return read(JsonMergePatch.apply(json.valueToTree(current), patch), type);
    }

    /** Reads a whole document (e.g. an item of a batch) under the rules of a new one. */
    public <T> T read(JsonNode document, Class<T> type) {
        T read = convert(document, type);
        Set<ConstraintViolation<T>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            List<RefusedField> errors = violations.stream()
                    .map(v -> new RefusedField(
                            v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                    .sorted(Comparator.comparing(RefusedField::field))
                    .toList();
            throw InvalidInput.of(errors);
        }
        return read;
    }

    private <T> T convert(JsonNode document, Class<T> type) {
        try {
            return json.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
    }
}
