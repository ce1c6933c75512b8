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
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.JsonProblems;
import org.southsouth.rest.Problem;

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
            throw ApiProblem.badRequest("A merge patch must be a JSON object");
        }
        return read(JsonMergePatch.apply(json.valueToTree(current), patch), type);
    }

    /** Reads a whole document (e.g. an item of a batch) under the rules of a new one. */
    public <T> T read(JsonNode document, Class<T> type) {
        T read = convert(document, type);
        Set<ConstraintViolation<T>> violations = validator.validate(read);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(
                            v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = String.join(
                    "; ",
                    errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ApiProblem(400, "validation", "Request is not valid", detail, errors);
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
