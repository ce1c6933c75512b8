package org.southsouth.events.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.JsonProblems;

/**
 * Applies a merge patch to the writable fields of a resource and validates the result like a create body, so
 * a patch can set nothing a create could not (unknown and read-only fields are refused).
 */
@ApplicationScoped
public class MergePatcher {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.badRequest("A merge patch must be a JSON object");
        }
        T patched;
        try {
            patched = json.treeToValue(JsonMergePatch.apply(json.valueToTree(current), patch), type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("The patched resource is not valid: " + e.getMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }
}
